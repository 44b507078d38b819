// One formatter for the process: building an Intl.DateTimeFormat costs more than a turn's other date work.
const parisDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in France (the ANS's working days), as YYYY-MM-DD, from an injected instant. */
export function parisToday(now: Date): string {
  return parisDate.format(now);
}
