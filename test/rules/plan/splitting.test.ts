import type { Answers } from '../../../rules/answers';
import type { Form413Fields } from '../../../rules/form413Fields';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import { answerAll, keysOf } from '../helpers/answerAll';
import { expectedFields } from '../helpers/fields';
import { validRppsRang } from '../helpers/identifiers';
import { adminOf } from '../helpers/people';
import { cabinetName, caseChoices, scenario, solutionOf } from '../helpers/scenario';

const today = '2026-03-02';
const xplore = 'Xplore';
const telemis = 'Telemis';

/** A radiologist in `editors.length` cabinets, cabinet i using editors[i - 1]. */
function cabinets(editors: string[], adminDelegation: 'editor' | 'structure', extra: Answers = {}): Answers {
  const table: Answers = {
    ...caseChoices.cabinet,
    services: ['dmp'],
    pfiRelay: 'no',
    adminDelegation,
    cabinetCount: editors.length,
    ...extra,
  };
  editors.forEach((editor, index) => {
    table[`cabinet[${index + 1}].editorName`] = editor;
  });
  return table;
}
const repeat = (editor: string, count: number): string[] => Array.from({ length: count }, () => editor);
const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** One expected form of Cas 3: its name (or none), its cabinets' RPPS-rang, its editor(s) and admins. */
function cas3(
  denomination: string,
  cabinetIndexes: number[],
  editeur: string,
  solution: string,
  admins = [adminOf(0, 1)],
): Form413Fields {
  return expectedFields({
    structure: { 'structure.denomination': denomination },
    rppsRang: cabinetIndexes.map(validRppsRang),
    qualite: 'titulaireCabinet',
    admins,
    editeur,
    solution,
  });
}

/** Guide §4, Cas 3 splitting: four RPPS-rang per form, one set of forms per editor when its staff administer. */
describe('Cas 3 forms', () => {
  it.each<[string, Answers, Form413Fields[]]>([
    [
      '1 cabinet: one form with its name',
      cabinets([xplore], 'editor'),
      [cas3(cabinetName(1), [1], xplore, solutionOf(xplore))],
    ],
    [
      '5 cabinets: 4 + 1, no name on either form',
      cabinets(repeat(xplore, 5), 'editor'),
      [cas3('', range(1, 4), xplore, solutionOf(xplore)), cas3('', [5], xplore, solutionOf(xplore))],
    ],
    [
      '9 cabinets: 4 + 4 + 1',
      cabinets(repeat(xplore, 9), 'structure'),
      [
        cas3('', range(1, 4), xplore, solutionOf(xplore)),
        cas3('', range(5, 8), xplore, solutionOf(xplore)),
        cas3('', [9], xplore, solutionOf(xplore)),
      ],
    ],
    [
      '2 cabinets, 2 editors, editor delegation: one form per editor with its cabinet and its own admins',
      cabinets([xplore, telemis], 'editor', { 'editor[1].moreAdmins[1]': 'yes' }),
      [
        cas3(cabinetName(1), [1], xplore, solutionOf(xplore), [adminOf(1, 1), adminOf(1, 2)]),
        cas3(cabinetName(2), [2], telemis, solutionOf(telemis), [adminOf(2, 1)]),
      ],
    ],
    [
      '2 cabinets, 2 editors, structure delegation: one form, no name, both editors',
      cabinets([xplore, telemis], 'structure'),
      [cas3('', [1, 2], `${xplore} / ${telemis}`, `${solutionOf(xplore)} / ${solutionOf(telemis)}`)],
    ],
    [
      "3 cabinets, 2 editors (2 + 1): the 2-cabinet editor's form has no name, the other its cabinet's",
      cabinets([xplore, telemis, xplore], 'editor'),
      [
        cas3('', [1, 3], xplore, solutionOf(xplore), [adminOf(1, 1)]),
        cas3(cabinetName(2), [2], telemis, solutionOf(telemis), [adminOf(2, 1)]),
      ],
    ],
    [
      "6 cabinets, 2 editors (5 + 1): 4 + 1 forms without a name, then the single cabinet's",
      cabinets([...repeat(xplore, 5), telemis], 'editor'),
      [
        cas3('', range(1, 4), xplore, solutionOf(xplore), [adminOf(1, 1)]),
        cas3('', [5], xplore, solutionOf(xplore), [adminOf(1, 1)]),
        cas3(cabinetName(6), [6], telemis, solutionOf(telemis), [adminOf(2, 1)]),
      ],
    ],
    [
      'one editor typed two ways («Xplore», « xplore ») is one editor',
      cabinets([xplore, ' xplore '], 'editor'),
      [cas3('', [1, 2], xplore, solutionOf(xplore))],
    ],
  ])('%s', (_case, table, expected) => {
    const plan = planFromAnswers(answerAll(scenario(table)).answers, today);
    expect(plan.forms.map((form) => form.fields)).toEqual(expected);
    expect(plan.forms.map((form) => form.number)).toEqual(range(1, expected.length));
    expect(plan.outcome.forms).toBe(expected.length);
  });

  it("asks each editor's admins as editor[j].admin[i].*, numbered in the order the editors were named", () => {
    const { path } = answerAll(
      scenario(cabinets([telemis, xplore, telemis], 'editor', { 'editor[2].moreAdmins[1]': 'yes' })),
    );
    const admins = path.filter(
      (question) => question.key.startsWith('editor[') && !question.key.endsWith('solutionName'),
    );
    expect(admins.map((question) => [question.key, question.params['editor']])).toEqual([
      ...['carte', 'nom', 'prenom', 'telephone', 'email'].map((field) => [`editor[1].admin[1].${field}`, telemis]),
      ['editor[1].moreAdmins[1]', telemis],
      ...['carte', 'nom', 'prenom', 'telephone', 'email'].map((field) => [`editor[2].admin[1].${field}`, xplore]),
      ['editor[2].moreAdmins[1]', xplore],
      ...['carte', 'nom', 'prenom', 'telephone', 'email'].map((field) => [`editor[2].admin[2].${field}`, xplore]),
      ['editor[2].moreAdmins[2]', xplore],
    ]);
    expect(admins.find((question) => question.key === 'editor[1].moreAdmins[1]')?.slot).toBe('editor[1].moreAdmins');
  });

  it.each<[string, string[], Answers]>([
    ['one cabinet', ['cabinet[1].denomination'], cabinets([xplore], 'editor')],
    ['several cabinets of one editor', [], cabinets(repeat(xplore, 5), 'editor')],
    [
      '2 + 1 cabinets per editor, editor delegation',
      ['cabinet[2].denomination'],
      cabinets([xplore, telemis, xplore], 'editor'),
    ],
    [
      '2 cabinets, 2 editors, editor delegation',
      ['cabinet[1].denomination', 'cabinet[2].denomination'],
      cabinets([xplore, telemis], 'editor'),
    ],
    ['2 cabinets, 2 editors, structure delegation', [], cabinets([xplore, telemis], 'structure')],
  ])('%s: asks the names %j only (a name goes only on a single-cabinet form)', (_case, expected, table) => {
    expect(keysOf(answerAll(scenario(table)).path).filter((key) => key.endsWith('.denomination'))).toEqual(expected);
  });

  it.each<[string, string[], Answers]>([
    ['one editor', ['solutionName'], cabinets(repeat(xplore, 3), 'editor')],
    [
      'two editors',
      ['editor[1].solutionName', 'editor[2].solutionName'],
      cabinets([xplore, telemis, xplore], 'structure'),
    ],
  ])('%s: asks the solution as %j', (_case, expected, table) => {
    expect(keysOf(answerAll(scenario(table)).path).filter((key) => key.endsWith('solutionName'))).toEqual(expected);
  });
});
