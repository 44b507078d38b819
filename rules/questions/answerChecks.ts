import type { Answers, AnswerValue } from '../answers';
import { rppsLength } from '../identifiers/rpps';
import { allCabinets, cabinetSlot } from './editors';
import { normaliseWords } from './matchChoice';
import { isGroupCabinet, radiologistCount, radiologistName, radiologistOfKey, radiologistPrefix } from './radiologists';
import { answersOnPath } from './walk';

/** An answer that is valid alone but contradicts another one. */
export type AnswerConflict =
  | { source: 'rppsRang'; code: 'otherRpps'; value: string; rpps: string; group: boolean }
  | { source: 'rppsRang'; code: 'otherRadiologist'; value: string; radiologist: number; name?: string }
  | { source: 'card'; code: 'heldByOther' | 'cardAskedAgain'; card: string; holder: PersonRole; name: string };

/** Who holds a card in the request: a signatory (a radiologist when there are several) or an admin. */
export type PersonRole =
  { role: 'representant'; radiologist?: number } | { role: 'admin'; index: number; editor?: number };

/**
 * What to do with a conflicting answer: refuse it (the same question again), or keep it and ask again
 * the earlier answer it contradicts (`clear`), saying why.
 */
export interface ConflictCheck {
  conflict: AnswerConflict;
  keep: boolean;
  clear: string[];
}

/** RPPS-rang = the radiologist's RPPS (11 digits) + rang + key (seed): its first 11 characters say whose cabinet it is. */
export const rppsOf = (rppsRang: string): string => rppsRang.slice(0, rppsLength);

/** Radiologist k's RPPS, from an RPPS-rang already given for him (other than the `skip` keys being answered). */
export function givenRpps(answers: Answers, radiologist: number, skip: readonly string[] = []): string | undefined {
  return allCabinets(answers)
    .filter((cabinet) => cabinet.radiologist === radiologist)
    .map((cabinet) => cabinetSlot(cabinet.index, 'rppsRang', radiologist))
    .filter((key) => !skip.includes(key))
    .map((key) => answers[key])
    .find((value): value is string => typeof value === 'string')
    ?.slice(0, rppsLength);
}

/**
 * One radiologist's forms carry only his RPPS-rang (seed: «Indiquer les numéros RPPS-rang de chacun des
 * cabinets du professionnel de santé»; «un certificat doit être commandé pour chaque radiologue»): every
 * RPPS-rang given for him shares one RPPS, never another declared radiologist's.
 */
export function rppsRangConflict(values: Record<string, AnswerValue>, answers: Answers): AnswerConflict | undefined {
  const typed = Object.entries(values).filter(
    (entry): entry is [string, string] => /cabinet\[\d+\]\.rppsRang$/.test(entry[0]) && typeof entry[1] === 'string',
  );
  const [first] = typed;
  if (!first) return undefined;
  const radiologist = radiologistOfKey(first[0]);
  for (let other = 1; other <= radiologistCount(answers); other += 1) {
    if (other === radiologist) continue;
    const theirs = givenRpps(answers, other);
    const clash = typed.find(([, value]) => rppsOf(value) === theirs);
    if (clash)
      return {
        source: 'rppsRang',
        code: 'otherRadiologist',
        value: clash[1],
        radiologist: other,
        ...named(answers, other),
      };
  }
  const expected =
    givenRpps(
      answers,
      radiologist,
      typed.map(([key]) => key),
    ) ?? rppsOf(first[1]);
  const stranger = typed.find(([, value]) => rppsOf(value) !== expected);
  return stranger
    ? { source: 'rppsRang', code: 'otherRpps', value: stranger[1], rpps: expected, group: isGroupCabinet(answers) }
    : undefined;
}

const named = (answers: Answers, radiologist: number): { name?: string } => {
  const name = radiologistName(answers, radiologist);
  return name === undefined ? {} : { name };
};

interface Person {
  row: string;
  holder: PersonRole;
}

/** Every person with a card field in the request: each signatory and each admin row asked so far. */
function peopleOf(answers: Answers): Person[] {
  const people: Person[] = [];
  const count = radiologistCount(answers);
  for (let radiologist = 1; radiologist <= count; radiologist += 1) {
    const row = `${radiologistPrefix(radiologist)}representant`;
    people.push({ row, holder: count > 1 ? { role: 'representant', radiologist } : { role: 'representant' } });
  }
  for (const key of Object.keys(answers)) {
    const admin = /^((?:editor\[(\d+)\]\.)?admin\[(\d+)\])\.carte$/.exec(key);
    if (!admin?.[1]) continue;
    const editor = admin[2] === undefined ? {} : { editor: Number(admin[2]) };
    people.push({ row: admin[1], holder: { role: 'admin', index: Number(admin[3]), ...editor } });
  }
  return people;
}

const sameName = (one: string, other: string): boolean => normaliseWords(one) === normaliseWords(other);
/** The first given name: «ANTOINE PIERRE» (prénoms, section 3.2) and «ANTOINE» (prénom, section 4.1) are one person's. */
const firstNameOf = (answers: Answers, row: string): string | undefined => {
  const names = answers[`${row}.prenoms`] ?? answers[`${row}.prenom`];
  return typeof names === 'string' ? normaliseWords(names).split(' ')[0] : undefined;
};

/**
 * One card, one person (guide §4: each row carries «N° de carte» and the name on it): a card already given
 * for someone with another name is refused; the same person in two roles (titulaire and admin) is fine.
 * Checked once the row has both its card and its name, whichever comes second: a card typed for a named
 * person is refused; a name that does not match the card's holder is kept and the card asked again.
 */
export function cardConflict(values: Record<string, AnswerValue>, answers: Answers): ConflictCheck | undefined {
  const [entry] = Object.entries(values);
  const field = entry ? /^(.*)\.(carte|nom)$/.exec(entry[0]) : null;
  if (!entry || !field?.[1] || typeof entry[1] !== 'string') return undefined;
  const row = field[1];
  // Rows of a branch left behind (a third admin before «non») are nobody's.
  const merged = { ...answersOnPath(answers), ...values };
  const card = merged[`${row}.carte`];
  const name = merged[`${row}.nom`];
  if (typeof card !== 'string' || typeof name !== 'string') return undefined;
  const holder = peopleOf(merged).find((person) => {
    if (person.row === row || merged[`${person.row}.carte`] !== card) return false;
    const theirName = merged[`${person.row}.nom`];
    if (typeof theirName !== 'string') return false;
    const [mine, theirs] = [firstNameOf(merged, row), firstNameOf(merged, person.row)];
    const otherFirstName = mine !== undefined && theirs !== undefined && mine !== theirs;
    return !sameName(name, theirName) || otherFirstName;
  });
  if (!holder) return undefined;
  const conflict = { source: 'card', card, holder: holder.holder, name: String(merged[`${holder.row}.nom`]) } as const;
  return field[2] === 'carte'
    ? { conflict: { ...conflict, code: 'heldByOther' }, keep: false, clear: [] }
    : { conflict: { ...conflict, code: 'cardAskedAgain' }, keep: true, clear: [`${row}.carte`] };
}

/** The conflicts checked after an answer parses: RPPS-rang per radiologist, then cards per person. */
export function answerConflict(values: Record<string, AnswerValue>, answers: Answers): ConflictCheck | undefined {
  const rpps = rppsRangConflict(values, answers);
  return rpps ? { conflict: rpps, keep: false, clear: [] } : cardConflict(values, answers);
}
