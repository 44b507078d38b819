import { NameSplit, nameSplits } from '../../rules/directory/nameSearch';
import type { SearchParams } from './fhirHttp';

/** Words that begin a last name («LE GALL», «D'ORNANO»): never the end of one, nor part of a first name. */
const particles = new Set([
  'D',
  'DA',
  'DE',
  'DEL',
  'DELLA',
  'DEN',
  'DER',
  'DES',
  'DI',
  'DOS',
  'DU',
  'EL',
  'L',
  'LA',
  'LE',
  'LES',
  'MAC',
  'MC',
  'SAINT',
  'SAINTE',
  'ST',
  'STE',
  'VAN',
  'VON',
]);

/**
 * How likely a reading is, smaller first: particles in place; last and first names of one or two
 * words (the longer of the two short); then a short last name; then «prénom NOM» before «NOM prénom».
 */
function likelihood(split: NameSplit, words: readonly string[]): number[] {
  const last = split.lastName.split(' ');
  const first = split.firstNamePrefix?.split(' ') ?? [];
  const misplacedParticle = first.some((word) => particles.has(word)) || particles.has(last[last.length - 1] ?? '');
  const firstNameTypedLast = first.length === 0 || words.slice(0, first.length).join(' ') !== split.firstNamePrefix;
  return [misplacedParticle ? 1 : 0, Math.max(last.length, first.length), last.length, firstNameTypedLast ? 1 : 0];
}

const compare = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};

/**
 * The search parameters of one reading. The API's string search without modifier is «starts with»,
 * case- and accent-insensitive (FHIR R4 string search); it does not read a hyphen or an apostrophe as a
 * space, so a last name of several words is looked for word by word with `:contains`, the repeated
 * parameter meaning AND (both documented by the ANS), which finds «LE-GALL» and «D'ORNANO» too.
 * `given` narrows to the first word of the first name, so that common last names fit in one page;
 * `matchesName` decides afterwards.
 */
function paramsOf(split: NameSplit): SearchParams {
  const last = [...new Set(split.lastName.split(' '))];
  const family: Array<[string, string]> =
    last.length === 1 ? [['family', split.lastName]] : last.map((word) => ['family:contains', word]);
  const given = split.firstNamePrefix?.split(' ')[0];
  return given ? [...family, ['given', given]] : family;
}

export interface NameSearchPlan {
  /** Every reading: what the results are filtered with. */
  splits: NameSplit[];
  /** The searches to send, most likely reading first, distinct, at most `maxQueries`. */
  queries: SearchParams[];
}

export function nameSearchPlan(words: readonly string[], maxQueries = 3): NameSearchPlan {
  const splits = nameSplits(words);
  const ranked = splits
    .map((split) => ({ split, key: likelihood(split, words) }))
    .sort((a, b) => compare(a.key, b.key));
  const queries = new Map<string, SearchParams>();
  for (const { split } of ranked) {
    if (queries.size === maxQueries) break;
    const params = paramsOf(split);
    queries.set(JSON.stringify(params), params);
  }
  return { splits, queries: [...queries.values()] };
}
