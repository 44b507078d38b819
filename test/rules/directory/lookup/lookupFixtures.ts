import type { Answers } from '../../../../rules/answers';
import { validators } from '../../../../rules/identifiers';
import type { LookupContext, LookupSearch } from '../../../../rules/directory/lookup/state';
import { LookupTarget, lookupTargetOf } from '../../../../rules/directory/lookupTarget';
import { matchesName, nameSplits } from '../../../../rules/directory/nameSearch';
import type {
  DirectoryEdition,
  DirectoryResult,
  PlaceOfPractice,
  Practitioner,
} from '../../../../rules/directory/place';
import { question } from '../../../../rules/questions/question';

/** The first digits completed with the key digit that passes `validate` (RPPS and RPPS-rang are Luhn-keyed). */
function withKey(digits: string, validate: (value: string) => { ok: boolean }): string {
  const keyed = Array.from({ length: 10 }, (_, key) => `${digits}${key}`).find((value) => validate(value).ok);
  if (keyed === undefined) throw new Error(`no key makes ${digits} valid`);
  return keyed;
}

const gie: PlaceOfPractice = {
  denomination: 'GIE IMAGERIE DU MORVAN',
  town: 'AUTUN',
  sectorCode: 'SA04',
  finess: '710015959',
};
const sel: PlaceOfPractice = {
  denomination: 'SELARL IMAGERIE DU BEAUVAISIS',
  town: 'BEAUVAIS',
  sectorCode: 'SA09',
  siret: '81234567600017',
};
export const dupontRpps = '10003926135';
export const dupontCabinet = {
  denomination: 'CABINET DU ROUENNAIS',
  town: 'ROUEN',
  sectorCode: 'SA08',
  rppsRang: withKey(`${dupontRpps}54`, validators.rppsRang),
};
const dupontSecondCabinet = {
  denomination: 'CABINET DU HAVRE',
  town: 'LE HAVRE',
  sectorCode: 'SA08',
  rppsRang: withKey(`${dupontRpps}55`, validators.rppsRang),
};
/** Published identifiers that fail their key: nothing is filled from them. */
const brokenSel: PlaceOfPractice = {
  denomination: 'SELARL DU PARC',
  town: 'NANTES',
  sectorCode: 'SA09',
  siret: '81234567600018',
  finess: '710015958',
};

const dupont: Practitioner = {
  rpps: dupontRpps,
  lastName: 'DUPONT',
  firstName: 'Antoine',
  places: [gie, sel, dupontCabinet, dupontSecondCabinet],
};
/** Two Émilie LEFÈVRE in Lyon, one of them also in Nantes; a third in Nantes with a broken SIRET. */
const lefevres: Practitioner[] = [
  { rpps: '10100000018', lastName: 'LEFÈVRE', firstName: 'Émilie', places: [{ ...sel, town: 'LYON' }] },
  {
    rpps: withKey('1010000002', validators.rpps),
    lastName: 'LEFÈVRE',
    firstName: 'Émilie',
    places: [{ ...gie, town: 'LYON' }],
  },
  { rpps: withKey('1010000003', validators.rpps), lastName: 'LEFÈVRE', firstName: 'Émilie', places: [brokenSel] },
];
/** Nine Jean MARTIN in Paris: more than the buttons a list shows. */
const martins: Practitioner[] = Array.from({ length: 9 }, (_, index) => ({
  rpps: withKey(`102000000${index}`, validators.rpps),
  lastName: 'MARTIN',
  firstName: 'Jean',
  places: [{ ...sel, town: 'PARIS', denomination: `SELARL MARTIN ${index + 1}` }],
}));
const everyone = [dupont, ...lefevres, ...martins];
const edition: DirectoryEdition = { source: 'extract', asOf: '2026-11-28' };

/** What the annuaire can answer to a search: what it finds (also cut short, for a name), or a failure. */
export function answersTo(search: LookupSearch): DirectoryResult[] {
  const query = search.query;
  const found =
    query.kind === 'rpps'
      ? everyone.filter((one) => one.rpps === query.rpps)
      : everyone.filter((one) => matchesName(one.lastName, one.firstName, nameSplits(query.words)));
  const results: DirectoryResult[] = [
    { ok: true, practitioners: found, edition, truncated: false },
    { ok: false, reason: 'timeout' },
  ];
  return query.kind === 'name' && found.length > 1
    ? [...results, { ok: true, practitioners: found, edition, truncated: true }]
    : results;
}

const target = (
  key: string,
  topic: string,
  input: Parameters<typeof question>[2],
  params: Record<string, string | number> = {},
): LookupTarget => {
  const found = lookupTargetOf(question(key, topic, input, 'structure', params));
  if (!found) throw new Error(`no look-up for ${key}`);
  return found;
};
const rppsRang = { type: 'identifier', identifier: 'rppsRang' } as const;

/** Every question a look-up can start from. */
export const targets: LookupTarget[] = [
  target('sectorCode', 'sectorCode', { type: 'sectorCode' }),
  target('finess', 'finess', { type: 'identifier', identifier: 'finess' }),
  target('siret', 'siret', { type: 'identifier', identifier: 'siret' }),
  target('denomination', 'denomination', { type: 'text', maxLength: 120 }, { context: 'gie' }),
  target('cabinet[1].rppsRang', 'rppsRang', rppsRang, { index: 1, count: 1 }),
  target('radiologist[2].cabinet[1].rppsRang', 'rppsRang', rppsRang, { index: 1, count: 1 }),
];

/** What was typed before the look-up: nothing, a name, an RPPS (its key right or wrong), what is no name. */
export const queries = [
  undefined,
  'Antoine Dupont',
  'Émilie Lefèvre',
  'Jean Martin',
  dupontRpps,
  '10003926136',
  'Personne Inconnue',
  '42 rue',
];
/** What the user may type at the look-up's own questions. */
export const texts = [
  ...queries.filter((query): query is string => query !== undefined),
  'Lyon',
  'Nantes',
  'Paris',
  'Marseille',
];
/** Every choice id any look-up question offers, and some no list has. */
export const choiceIds = ['manual', 'none', 'directory', 'typed', '1', '2', '3', '9', 'p1', 'p2', 'p3', 'p9', 'p10'];

const group: Answers = {
  risController: 'liberal',
  sectorCode: 'SA08',
  cabinetCount: 1,
  'cabinet[1].rppsRang': dupontCabinet.rppsRang,
  'moreRadiologists[1]': 'yes',
};

/** The conversations a look-up runs in: a new one; a société typed under another name; the second radiologist of Dr Dupont's group. */
export const contexts: [string, LookupContext][] = [
  ['nothing answered yet', { answers: {} }],
  [
    'a raison sociale typed, Dr Dupont found before',
    { answers: { denomination: 'SELARL Imagerie du Parc' }, rememberedRpps: dupontRpps },
  ],
  ['a group whose first radiologist is Dr Dupont', { answers: group, rememberedRpps: dupontRpps }],
];
