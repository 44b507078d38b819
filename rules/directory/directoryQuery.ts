import { validators } from '../identifiers';
import { nameWords } from './nameSearch';
import type { PlaceOfPractice, Practitioner } from './place';

/** What the user typed to find the radiologist: an RPPS, or a name. */
export type DirectoryQuery =
  | { kind: 'rpps'; rpps: string }
  | { kind: 'name'; words: string[]; typed: string }
  | { kind: 'invalid'; reason: 'rppsKey' | 'notAName' };

const namePattern = /^[\p{L}][\p{L}'’ .-]*$/u;
const maxNameWords = 6;

/**
 * Reads a look-up query: 11 digits are an RPPS (its key checked); the annuaire's «identification
 * nationale» (8 + RPPS) and an RPPS-rang (RPPS + rang + key) lead to the same RPPS; letters are a name.
 */
export function parseDirectoryQuery(raw: string): DirectoryQuery {
  const text = raw.trim().replace(/\s+/g, ' ');
  const digits = text.replace(/[\s.-]/g, '');
  if (/^\d+$/.test(digits)) {
    const rpps =
      digits.length === 12 && digits.startsWith('8')
        ? digits.slice(1)
        : digits.length === 14
          ? digits.slice(0, 11)
          : digits;
    if (rpps.length !== 11) return { kind: 'invalid', reason: 'rppsKey' };
    return validators.rpps(rpps).ok ? { kind: 'rpps', rpps } : { kind: 'invalid', reason: 'rppsKey' };
  }
  const name = text.replace(/^(?:dr|docteur|doctor|pr|professeur|m|mme|mr|madame|monsieur)\.?\s+/i, '');
  const words = nameWords(name);
  if (!namePattern.test(name) || words.length === 0 || words.length > maxNameWords)
    return { kind: 'invalid', reason: 'notAName' };
  return { kind: 'name', words, typed: name };
}

/** Practitioners with a place in the town (or postal code) the user named. */
export function inTown(practitioners: readonly Practitioner[], town: string): Practitioner[] {
  const wanted = nameWords(town).join(' ');
  if (wanted === '') return [];
  const matches = (place: PlaceOfPractice) =>
    (place.postalCode !== undefined && /^\d+$/.test(wanted) && place.postalCode.startsWith(wanted)) ||
    (place.town !== undefined && nameWords(place.town).join(' ').includes(wanted));
  return practitioners.filter((practitioner) => practitioner.places.some(matches));
}

const rppsInText = /(?<!\d)(\d(?:[ .]?\d){10})(?!\d)/;
// Case-sensitive on purpose: the name is the capitalised words after the title.
const doctorInText =
  /(?:^|\s)(?:[Dd][Rr]|[Dd]octeur|[Pp][Rr]|[Pp]rofesseur)\.?\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})/u;

/**
 * A radiologist named in the first message («la secrétaire du Dr Antoine Dupont», «RPPS 10003926135»):
 * looked up as soon as the annuaire can help, without asking again.
 */
export function radiologistInMessage(text: string): string | undefined {
  const rpps = text.match(rppsInText)?.[1]?.replace(/[ .]/g, '');
  if (rpps !== undefined && validators.rpps(rpps).ok) return rpps;
  const name = text.match(doctorInText)?.[1];
  return name !== undefined && parseDirectoryQuery(name).kind === 'name' ? name : undefined;
}
