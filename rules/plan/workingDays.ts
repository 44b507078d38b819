import getJoursFeries from '@socialgouv/jours-feries';

const toIso = (date: Date): string =>
  `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
const fromIso = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const localIso = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

const holidayCache = new Map<number, Set<string>>();
function holidaysOf(year: number): Set<string> {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    // The library adds days as 24-hour steps to local midnight: on a host whose DST changes in between the
    // result is an hour off; half a day later is always inside the right date.
    holidays = new Set(
      Object.values(getJoursFeries(year)).map((date) => localIso(new Date(date.getTime() + 12 * 3600 * 1000))),
    );
    holidayCache.set(year, holidays);
  }
  return holidays;
}

/** A weekday that is not a French public holiday (metropolitan list, as the ANS counts «jours ouvrés»). */
export function isWorkingDay(iso: string): boolean {
  const date = fromIso(iso);
  const weekday = date.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidaysOf(date.getUTCFullYear()).has(iso);
}

export function addDays(iso: string, days: number): string {
  const date = fromIso(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** The date `count` working days after `iso` (the start day itself does not count). */
export function addWorkingDays(iso: string, count: number): string {
  let current = iso;
  for (let remaining = count; remaining > 0;) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) remaining -= 1;
  }
  return current;
}

export function addYears(iso: string, years: number): string {
  const date = fromIso(iso);
  const month = date.getUTCMonth();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  if (date.getUTCMonth() !== month) date.setUTCDate(0); // 29 February → 28 February
  return toIso(date);
}
