import type { Answers } from '../../../rules/answers';
import { answerConflict, ConflictCheck } from '../../../rules/questions/answerChecks';
import { walk } from '../../../rules/questions/walk';
import { answerAll, AnswersFor } from '../helpers/answerAll';
import { rppsOfRadiologist, rppsRangOf } from '../helpers/identifiers';
import { adminOf, representantOf } from '../helpers/people';
import { caseChoices, commonChoices, scenario } from '../helpers/scenario';

/** The answers given before `key` is asked, on the scenario's path. */
function answersBefore(answersFor: AnswersFor, key: string): Answers {
  const answers: Answers = {};
  for (let next = walk(answers).next; next && next.key !== key; next = walk(answers).next) {
    const value = answersFor(next, answers);
    if (value === undefined) throw new Error(`no answer for ${next.key}`);
    answers[next.key] = value;
  }
  return answers;
}

const group: Answers = {
  ...caseChoices.cabinet,
  sectorCode: 'SA08',
  ...commonChoices,
  cabinetCount: 2,
  'moreRadiologists[1]': 'yes',
  'radiologist[2].cabinetCount': 2,
};
const single: Answers = { ...caseChoices.cabinet, ...commonChoices, cabinetCount: 3 };
const check = (table: Answers, key: string, values: Answers): ConflictCheck | undefined =>
  answerConflict(values, answersBefore(scenario(table), key));

/**
 * One radiologist's forms carry his RPPS-rang only. Seed: «RPPS-rang est l'identifiant d'un cabinet. Un
 * professionnel de santé possède un unique numéro RPPS mais autant de RPPS-Rang qu'il a de cabinets. Le numéro
 * RPPS Rang est composé du numéro RPPS du professionnel (11 chiffres) + du rang sur 2 caractères + la clé de Luhn.»
 */
describe("RPPS-rang: one radiologist's share his RPPS, another radiologist's are refused", () => {
  it.each<[string, Answers, string, Answers, ConflictCheck['conflict'] | undefined]>([
    [
      'his second cabinet, same RPPS',
      single,
      'cabinet[2].rppsRang',
      { 'cabinet[2].rppsRang': rppsRangOf(1, 2) },
      undefined,
    ],
    [
      'another RPPS for his second cabinet (a cabinet individuel)',
      single,
      'cabinet[2].rppsRang',
      { 'cabinet[2].rppsRang': rppsRangOf(2, 2) },
      { source: 'rppsRang', code: 'otherRpps', value: rppsRangOf(2, 2), rpps: rppsOfRadiologist(1), group: false },
    ],
    [
      'a list at cabinet 1 mixing two RPPS: the one that differs from the first',
      single,
      'cabinet[1].rppsRang',
      {
        'cabinet[1].rppsRang': rppsRangOf(1, 1),
        'cabinet[2].rppsRang': rppsRangOf(3, 2),
        'cabinet[3].rppsRang': rppsRangOf(1, 3),
      },
      { source: 'rppsRang', code: 'otherRpps', value: rppsRangOf(3, 2), rpps: rppsOfRadiologist(1), group: false },
    ],
    [
      "the second radiologist's first cabinet, his own RPPS",
      group,
      'radiologist[2].cabinet[1].rppsRang',
      { 'radiologist[2].cabinet[1].rppsRang': rppsRangOf(2, 1) },
      undefined,
    ],
    [
      "the second radiologist given the first one's cabinet",
      group,
      'radiologist[2].cabinet[1].rppsRang',
      { 'radiologist[2].cabinet[1].rppsRang': rppsRangOf(1, 3) },
      {
        source: 'rppsRang',
        code: 'otherRadiologist',
        value: rppsRangOf(1, 3),
        radiologist: 1,
        name: representantOf(1).nom,
      },
    ],
    [
      "the second radiologist's second cabinet with a third RPPS",
      group,
      'radiologist[2].cabinet[2].rppsRang',
      { 'radiologist[2].cabinet[2].rppsRang': rppsRangOf(4, 2) },
      { source: 'rppsRang', code: 'otherRpps', value: rppsRangOf(4, 2), rpps: rppsOfRadiologist(2), group: true },
    ],
    [
      'the first radiologist of a group (SA08), before any other is declared: the group is said',
      { ...group, 'moreRadiologists[1]': 'no' },
      'cabinet[2].rppsRang',
      { 'cabinet[2].rppsRang': rppsRangOf(2, 2) },
      { source: 'rppsRang', code: 'otherRpps', value: rppsRangOf(2, 2), rpps: rppsOfRadiologist(1), group: true },
    ],
  ])('%s', (_case, table, key, values, conflict) => {
    const result = check(table, key, values);
    expect(result?.conflict).toEqual(conflict);
    if (result) expect([result.keep, result.clear]).toEqual([false, []]);
  });
});

const gie: Answers = { ...caseChoices.gie, ...commonChoices, 'moreAdmins[1]': 'yes' };
const signatory = representantOf(1);

/** Form 413, 3.2 and 4.1: each row is one person, «N° de carte» and the names «figurant sur la carte». */
describe('one card, one person; one person may hold two roles', () => {
  it.each<[string, Answers, string, Answers, Partial<ConflictCheck> | undefined]>([
    ['the signatory as admin 1: his card, his name', gie, 'admin[1].nom', { 'admin[1].nom': signatory.nom }, undefined],
    [
      "the signatory's card typed for admin 1: the name is not known yet",
      gie,
      'admin[1].carte',
      { 'admin[1].carte': signatory.carte },
      undefined,
    ],
    [
      "the signatory's card, then another name for admin 1: the name is kept, the card asked again",
      { ...gie, 'admin[1].carte': signatory.carte },
      'admin[1].nom',
      { 'admin[1].nom': 'MARTIN' },
      {
        keep: true,
        clear: ['admin[1].carte'],
        conflict: {
          source: 'card',
          code: 'cardAskedAgain',
          card: signatory.carte,
          holder: { role: 'representant' },
          name: signatory.nom,
        },
      },
    ],
    [
      "admin 1's card given for admin 2, then another name",
      { ...gie, 'admin[2].carte': adminOf(0, 1).carte },
      'admin[2].nom',
      { 'admin[2].nom': 'AUTRE' },
      {
        keep: true,
        clear: ['admin[2].carte'],
        conflict: {
          source: 'card',
          code: 'cardAskedAgain',
          card: adminOf(0, 1).carte,
          holder: { role: 'admin', index: 1 },
          name: adminOf(0, 1).nom,
        },
      },
    ],
    [
      "the second radiologist given the first one's card under his own name",
      group,
      'radiologist[2].representant.carte',
      { 'radiologist[2].representant.carte': signatory.carte },
      {
        keep: false,
        clear: [],
        conflict: {
          source: 'card',
          code: 'heldByOther',
          card: signatory.carte,
          holder: { role: 'representant', radiologist: 1 },
          name: signatory.nom,
        },
      },
    ],
    [
      'the second radiologist with his own card',
      group,
      'radiologist[2].representant.carte',
      { 'radiologist[2].representant.carte': representantOf(2).carte },
      undefined,
    ],
    [
      'the signatory as admin 1 again, his name corrected later: «ANTOINE PIERRE» and «ANTOINE» are one person',
      {
        ...gie,
        'representant.prenoms': 'ANTOINE PIERRE',
        'admin[1].carte': signatory.carte,
        'admin[1].nom': signatory.nom,
        'admin[1].prenom': 'ANTOINE',
      },
      'admin[1].telephone',
      { 'admin[1].nom': signatory.nom },
      undefined,
    ],
    [
      'the same surname, another first name: another person',
      { ...gie, 'admin[1].carte': signatory.carte, 'admin[1].nom': signatory.nom, 'admin[1].prenom': 'MARIE' },
      'admin[1].telephone',
      { 'admin[1].nom': signatory.nom },
      {
        keep: true,
        clear: ['admin[1].carte'],
        conflict: {
          source: 'card',
          code: 'cardAskedAgain',
          card: signatory.carte,
          holder: { role: 'representant' },
          name: signatory.nom,
        },
      },
    ],
  ])('%s', (_case, table, key, values, expected) => {
    const result = check(table, key, values);
    if (expected === undefined) expect(result).toBeUndefined();
    else expect(result).toEqual(expected);
  });

  it.each<[string, string, boolean]>([
    ['an admin row left behind (the user said «non» to it) is nobody: its card is free', 'no', false],
    ['the same row, still on the path: its card is taken', 'yes', true],
  ])('%s', (_case, more, taken) => {
    const answers = answerAll(scenario({ ...gie, 'moreAdmins[1]': more }), {
      'admin[2].carte': '1999999999',
      'admin[2].nom': 'ANCIEN',
    }).answers;
    const { ['representant.carte']: _card, ...before } = answers;
    expect(answerConflict({ 'representant.carte': '1999999999' }, before) !== undefined).toBe(taken);
  });
});
