// One formatter for the process: building an Intl.DateTimeFormat costs more than a turn's other date work.
const parisDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The last minute asked and its date: a turn asks several times, and Paris changes day on the minute. */
let lastMinute = Number.NaN;
let lastDate = '';

/** Today's date in France (the ANS's working days), as YYYY-MM-DD, from an injected instant. */
export function parisToday(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = parisDate.format(now);
    lastMinute = minute;
  }
  return lastDate;
}
