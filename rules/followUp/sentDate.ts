import { addDays } from '../plan/workingDays';
import { normaliseWords } from '../questions/matchChoice';

/** Words for "today", "yesterday", "the day before yesterday" in the user's language. */
export interface RelativeDayWords {
  today: readonly string[];
  yesterday: readonly string[];
  dayBeforeYesterday: readonly string[];
}

const isRealDate = (iso: string): boolean => {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
};

/**
 * When the form was sent: «aujourd'hui», «hier», 03/12/2026, 3/12 (this year) or 2026-12-03; never in the
 * future, nor more than a year ago (a typo).
 */
export function parseSentDate(text: string, today: string, words: RelativeDayWords): string | undefined {
  const said = normaliseWords(text);
  const relative = (
    [
      ['today', 0],
      ['yesterday', -1],
      ['dayBeforeYesterday', -2],
    ] as const
  ).find(([key]) => words[key].some((word) => normaliseWords(word) === said));
  if (relative) return addDays(today, relative[1]);
  const iso = text.match(/\b(\d{4})-(\d{2})-(\d{2})\b/);
  const french = text.match(/\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b/);
  const candidate = iso
    ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : french
      ? `${french[3] ? (french[3].length === 2 ? `20${french[3]}` : french[3]) : today.slice(0, 4)}-${(french[2] ?? '').padStart(2, '0')}-${(french[1] ?? '').padStart(2, '0')}`
      : undefined;
  if (!candidate || !isRealDate(candidate)) return undefined;
  return candidate <= today && candidate >= addDays(today, -366) ? candidate : undefined;
}
