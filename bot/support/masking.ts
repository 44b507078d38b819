import {
  validateCardNumber,
  validateFiness,
  validatePhone,
  validateRpps,
  validateRppsRang,
  validateSiret,
} from '../../rules/identifiers';

/** What the conversation itself holds: its phones and cards (always masked), its structures' identifiers (kept). */
export interface KnownNumbers {
  personal: ReadonlySet<string>;
  structure: ReadonlySet<string>;
}
export const noKnownNumbers: KnownNumbers = { personal: new Set(), structure: new Set() };

/** Digits as people group them: `06 29 00 11 22`, `+33 (0)6…`, `06/67/52/93/23`, `1107-463-982` (one line only). */
const group = String.raw`\+?\(?\d[\d()]*`;
const separator = String.raw`(?:[^\S\r\n]|[.\-\u2010-\u2015/])+`;
const runPattern = new RegExp(`${group}(?:${separator}${group})*`, 'g');
const groupPattern = new RegExp(group, 'g');
const longestNumber = 15;
const maxGroups = 12;

/** The bot writes «identifiant national 1710015959»: a 10-digit «1»+FINESS after that label is not a card. */
const nationalIdLabel = /(?:identifiant national|national identifier)[^\d\n]{0,24}$/i;

const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** SIRET, RPPS-rang, RPPS and the «3»/«4» national identifiers, checked by their own validators. */
function isStructureNumber(digits: string): boolean {
  if (digits.length === 11) return validateRpps(digits).ok;
  if (digits.length === 14) return validateSiret(digits).ok || validateRppsRang(digits).ok;
  if (digits.length === 15) {
    const rest = digits.slice(1);
    return (digits.startsWith('3') && validateSiret(rest).ok) || (digits.startsWith('4') && validateRppsRang(rest).ok);
  }
  return false;
}

const masked = (normalised: string): string =>
  `${'•'.repeat(Math.max(normalised.length - 2, 0))}${normalised.slice(-2)}`;

/** What a span of grouped digits is: masked (its replacement), kept, or nothing known (undefined). */
function classify(span: string, before: string, known: KnownNumbers): { replacement: string } | 'keep' | undefined {
  const digits = digitsOf(span);
  if (digits.length > longestNumber) return undefined;
  const phone = validatePhone(span);
  const card = validateCardNumber(span);
  const normalised = phone.ok ? phone.value : card.ok ? card.value : digits;
  if (known.personal.has(normalised) || known.personal.has(digits)) return { replacement: masked(normalised) };
  if (known.structure.has(digits) || isStructureNumber(digits)) return 'keep';
  if (phone.ok) return { replacement: masked(phone.value) };
  if (!card.ok) return undefined;
  const labelledNationalId =
    card.value.startsWith('1') && validateFiness(card.value.slice(1)).ok && nationalIdLabel.test(before);
  return labelledNationalId ? 'keep' : { replacement: masked(card.value) };
}

/** One run of grouped digits: the longest span first at each group, so a SIRET is never read as a card. */
function maskRun(text: string, runStart: number, run: string, known: KnownNumbers): string {
  const groups = [...run.matchAll(groupPattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  let out = '';
  let copiedUpTo = 0;
  for (let first = 0; first < groups.length;) {
    let consumed = 0;
    for (let last = Math.min(groups.length, first + maxGroups) - 1; last >= first && consumed === 0; last -= 1) {
      const start = groups[first]?.start ?? 0;
      const end = groups[last]?.end ?? 0;
      const verdict = classify(
        run.slice(start, end),
        text.slice(Math.max(0, runStart + start - 60), runStart + start),
        known,
      );
      if (verdict === undefined) continue;
      consumed = last - first + 1;
      if (verdict !== 'keep') {
        out += run.slice(copiedUpTo, start) + verdict.replacement;
        copiedUpTo = end;
      }
    }
    first += Math.max(consumed, 1);
  }
  return out + run.slice(copiedUpTo);
}

/**
 * Masks phone and card numbers in every form the validators accept (keeping the last two digits for
 * recognition), and the conversation's own ones whatever their form; structure identifiers stay readable.
 */
export function maskPersonalNumbers(text: string, known: KnownNumbers = noKnownNumbers): string {
  return text.replace(runPattern, (run: string, offset: number) => maskRun(text, offset, run, known));
}

/** The same through any JSON-shaped value (a card's submitted data, the hand-off summary). */
export function maskDeep(value: unknown, known: KnownNumbers = noKnownNumbers): unknown {
  if (typeof value === 'string') return maskPersonalNumbers(value, known);
  if (Array.isArray(value)) return value.map((item) => maskDeep(item, known));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, maskDeep(inner, known)]));
}
