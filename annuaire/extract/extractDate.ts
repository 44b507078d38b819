import { basename } from 'node:path';

const stampPattern = /_(\d{4})(\d{2})(\d{2})\d{4}\.txt$/i;

/** A real calendar day as YYYY-MM-DD, or undefined (20261332 is not one). */
function calendarDay(year: string, month: string, day: string): string | undefined {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const iso = date.toISOString().slice(0, 10);
  return iso === `${year}-${month}-${day}` ? iso : undefined;
}

/**
 * The day the ANS produced the extract: the `<YYYYMMDDhhmm>` of `PS_LibreAcces_Personne_activite_…txt`,
 * else the file's modification day (UTC) for a renamed file.
 */
export function extractDate(filePath: string, modifiedAt: Date): string {
  const stamp = stampPattern.exec(basename(filePath));
  const fromName = stamp && calendarDay(stamp[1] ?? '', stamp[2] ?? '', stamp[3] ?? '');
  return fromName || modifiedAt.toISOString().slice(0, 10);
}
