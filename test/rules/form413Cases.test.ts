import type { Answers } from '../../rules/answers';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { answerAll } from './helpers/answerAll';
import { expectedFields } from './helpers/fields';
import { validFiness, validRppsRang, validSiret } from './helpers/identifiers';
import { adminOf } from './helpers/people';
import {
  cabinetName,
  caseChoices,
  commonChoices,
  scenario,
  singleEditor,
  solutionOf,
  structureNames,
} from './helpers/scenario';

const today = '2026-03-02';
/** The 3.2 box is never asked (the case implies it): a table that sets it stands for a change made in the summary. */
const changedInSummary = (table: Answers): Answers =>
  'representant.qualite' in table ? { 'representant.qualite': table['representant.qualite'] ?? '' } : {};
const planOf = (table: Answers) => planFromAnswers(answerAll(scenario(table), changedInSummary(table)).answers, today);
const twoAdmins: Answers = { 'moreAdmins[1]': 'yes', 'moreAdmins[2]': 'no' };
const threeAdmins: Answers = { 'moreAdmins[1]': 'yes', 'moreAdmins[2]': 'yes' };

/** Guide §4, annex: the three cases, every field of the single form each one gives. */
describe('Form 413 fields per case (guide §4)', () => {
  it.each([
    [
      "Cas 1, société d'exercice: SIRET, no FINESS, no RPPS-rang, «Titulaire du cabinet»",
      { ...caseChoices.societe, ...commonChoices },
      1,
      expectedFields({
        structure: { 'structure.denomination': structureNames.societe, 'structure.siret': validSiret(1) },
        qualite: 'titulaireCabinet',
        admins: [adminOf(0, 1)],
        editeur: singleEditor,
        solution: solutionOf(singleEditor),
      }),
    ],
    [
      "Cas 1, the box changed in the summary to the société's legal representative",
      { ...caseChoices.societe, ...commonChoices, 'representant.qualite': 'responsableLegal', ...twoAdmins },
      1,
      expectedFields({
        structure: { 'structure.denomination': structureNames.societe, 'structure.siret': validSiret(1) },
        qualite: 'responsableLegal',
        admins: [adminOf(0, 1), adminOf(0, 2)],
        editeur: singleEditor,
        solution: solutionOf(singleEditor),
      }),
    ],
    [
      'Cas 2, GIE: FINESS géographique, no SIRET, «Responsable légal»',
      { ...caseChoices.gie, ...commonChoices, ...threeAdmins },
      2,
      expectedFields({
        structure: { 'structure.denomination': structureNames.gie, 'structure.finess': validFiness(1) },
        qualite: 'responsableLegal',
        admins: [adminOf(0, 1), adminOf(0, 2), adminOf(0, 3)],
        editeur: singleEditor,
        solution: solutionOf(singleEditor),
      }),
    ],
    [
      'Cas 2 reached through SA04',
      { ...caseChoices.gie, risController: 'liberal', sectorCode: 'SA04', structureType: 'gie', ...commonChoices },
      2,
      expectedFields({
        structure: { 'structure.denomination': structureNames.gie, 'structure.finess': validFiness(1) },
        qualite: 'responsableLegal',
        admins: [adminOf(0, 1)],
        editeur: singleEditor,
        solution: solutionOf(singleEditor),
      }),
    ],
    [
      'Cas 3, one cabinet: its name and RPPS-rang, «Titulaire du cabinet»',
      { ...caseChoices.cabinet, ...commonChoices, cabinetCount: 1, ...twoAdmins },
      3,
      expectedFields({
        structure: { 'structure.denomination': cabinetName(1) },
        rppsRang: [validRppsRang(1)],
        qualite: 'titulaireCabinet',
        admins: [adminOf(0, 1), adminOf(0, 2)],
        editeur: singleEditor,
        solution: solutionOf(singleEditor),
      }),
    ],
    [
      'Cas 3, four cabinets of one editor: no name, four RPPS-rang',
      { ...caseChoices.cabinet, ...commonChoices, adminDelegation: 'structure', cabinetCount: 4 },
      3,
      expectedFields({
        structure: {},
        rppsRang: [1, 2, 3, 4].map(validRppsRang),
        qualite: 'titulaireCabinet',
        admins: [adminOf(0, 1)],
        editeur: singleEditor,
        solution: solutionOf(singleEditor),
      }),
    ],
  ])('%s', (_case, table, caseNumber, fields) => {
    const plan = planOf(table);
    expect(plan.caseNumber).toBe(caseNumber);
    expect(plan.forms).toHaveLength(1);
    expect(plan.forms[0]?.fields).toEqual(fields);
  });

  it.each([
    ['Cas 1', 'siret', `3${validSiret(1)}`, { ...caseChoices.societe, ...commonChoices }],
    ['Cas 2', 'finess', `1${validFiness(1)}`, { ...caseChoices.gie, ...commonChoices }],
    ['Cas 3', 'rppsRang', `4${validRppsRang(1)}`, { ...caseChoices.cabinet, ...commonChoices, cabinetCount: 1 }],
  ])('%s is ordered under the %s (national structure id %s)', (_case, kind, nationalId, table) => {
    const plan = planOf(table);
    expect(plan.orderedUnder).toBe(kind);
    expect(plan.structures.map((structure) => [structure.identifierKind, structure.nationalStructureId])).toEqual([
      [kind, nationalId],
    ]);
  });

  it('asks no more than the three admin rows of the form', () => {
    const { path } = answerAll(scenario({ ...caseChoices.gie, ...commonChoices, ...threeAdmins }));
    const adminKeys = path
      .map((question) => question.key)
      .filter((key) => key.startsWith('admin[') || key.startsWith('moreAdmins'));
    expect(adminKeys.filter((key) => key.endsWith('.carte'))).toEqual([
      'admin[1].carte',
      'admin[2].carte',
      'admin[3].carte',
    ]);
    expect(adminKeys.filter((key) => key.startsWith('moreAdmins'))).toEqual(['moreAdmins[1]', 'moreAdmins[2]']);
  });

  it('records the services and INSi mode each form is for', () => {
    const plan = planOf({
      ...caseChoices.gie,
      ...commonChoices,
      services: ['dmp', 'insi', 'mssante'],
      insiMode: 'both',
    });
    expect(plan.forms.map((form) => [form.usageServices, form.insiMode])).toEqual([
      [['dmp', 'insi', 'mssante'], 'both'],
    ]);
  });
});
