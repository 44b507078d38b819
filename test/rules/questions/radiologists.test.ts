import type { Answers } from '../../../rules/answers';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import { isGroupCabinet, radiologistCount } from '../../../rules/questions/radiologists';
import { answerAll, keysOf } from '../helpers/answerAll';
import { rppsOfRadiologist, rppsRangOf } from '../helpers/identifiers';
import { adminOf, representantOf } from '../helpers/people';
import { cabinetName, caseChoices, commonChoices, scenario, solutionOf } from '../helpers/scenario';

const today = '2026-03-02';
const group = { ...caseChoices.cabinet, sectorCode: 'SA08', ...commonChoices } satisfies Answers;
const finished = (table: Answers) => answerAll(scenario(table));
const planOf = (table: Answers) => planFromAnswers(finished(table).answers, today);
const rangsOf = (fields: Record<string, unknown>): unknown[] =>
  [1, 2, 3, 4].map((slot) => fields[`structure.rppsRang${slot}`]).filter((value) => value !== '');

/** Two radiologists: the first in `first` cabinets, the second in `second`. */
const twoRadiologists = (first: number, second: number, extra: Answers = {}): Answers => ({
  ...group,
  cabinetCount: first,
  ...Object.fromEntries(Array.from({ length: first }, (_, offset) => [`cabinet[${offset + 1}].editorName`, 'Xplore'])),
  'moreRadiologists[1]': 'yes',
  'radiologist[2].cabinetCount': second,
  ...extra,
});

/**
 * Seed, «Règles relatives à la commande des certificats», cabinet individuel / cabinet de groupe: «Un certificat
 * doit être commandé pour chaque radiologue afin d'identifier la responsabilité de chacun»; Cas 3 of Form 413:
 * «Indiquer les numéros RPPS-rang de chacun des cabinets du professionnel de santé».
 */
describe('a cabinet de groupe: one set of forms per radiologist', () => {
  it.each<[string, boolean, Answers]>([
    ['SA07, cabinet individuel', false, { risController: 'liberal', sectorCode: 'SA07' }],
    ['SA08, cabinet de groupe', true, { risController: 'liberal', sectorCode: 'SA08' }],
    [
      'an unknown code, said to be a cabinet',
      true,
      { risController: 'liberal', sectorCode: 'unknown', structureType: 'cabinet' },
    ],
    ['SA04, said to be a cabinet', true, { risController: 'liberal', sectorCode: 'SA04', structureType: 'cabinet' }],
    ["SA09, société d'exercice (one SIRET for the société)", false, { risController: 'liberal', sectorCode: 'SA09' }],
    ['a GIE', false, { risController: 'gie' }],
    [
      'an unknown code, said to be a société',
      false,
      { risController: 'liberal', sectorCode: 'unknown', structureType: 'societe' },
    ],
  ])('%s: several radiologists may be declared: %s', (_case, expected, answers) => {
    expect(isGroupCabinet(answers)).toBe(expected);
  });

  it.each<[string, boolean, Answers]>([
    ['SA07', false, { ...caseChoices.cabinet, ...commonChoices, cabinetCount: 1 }],
    ['SA08', true, { ...group, cabinetCount: 1 }],
    ['SA09', false, { ...caseChoices.societe, ...commonChoices }],
    ['a GIE', false, { ...caseChoices.gie, ...commonChoices }],
  ])('%s: «another radiologist?» asked: %s', (_case, asked, table) => {
    expect(keysOf(finished(table).path).includes('moreRadiologists[1]')).toBe(asked);
  });

  it('asks the second radiologist his cabinets and his 3.2 identity under radiologist[2]., nothing they share', () => {
    const keys = keysOf(finished(twoRadiologists(1, 1)).path);
    const second = keys.slice(keys.indexOf('moreRadiologists[1]') + 1, keys.indexOf('moreRadiologists[2]'));
    expect(second).toEqual([
      'radiologist[2].cabinetCount',
      'radiologist[2].cabinet[1].rppsRang',
      'radiologist[2].cabinet[1].denomination',
      'radiologist[2].representant.qualite',
      'radiologist[2].representant.nom',
      'radiologist[2].representant.prenoms',
      'radiologist[2].representant.telephone',
      'radiologist[2].representant.email',
      'radiologist[2].representant.carte',
    ]);
    // The services, editor, solution and admins are the group's: asked once, after the last radiologist.
    expect(keys.filter((key) => /editorName|solutionName|admin\[/.test(key) && key.startsWith('radiologist['))).toEqual(
      [],
    );
    expect(keys.indexOf('admin[1].carte')).toBeGreaterThan(keys.indexOf('moreRadiologists[2]'));
  });

  it('gives each radiologist his own forms, signed by him, with only his RPPS-rang; outcome.forms counts them all', () => {
    const plan = planOf(twoRadiologists(2, 1));
    expect(
      plan.forms.map((form) => [
        form.radiologist,
        form.fields['representant.nom'],
        rangsOf(form.fields),
        form.fields['structure.denomination'],
      ]),
    ).toEqual([
      [1, representantOf(1).nom, [rppsRangOf(1, 1), rppsRangOf(1, 2)], ''],
      [2, representantOf(2).nom, [rppsRangOf(2, 1)], cabinetName(1, 2)],
    ]);
    expect(plan.outcome.forms).toBe(2);
    // One certificate per cabinet of every radiologist, each under its own RPPS-rang.
    expect(plan.structures.map((structure) => structure.identifier)).toEqual([
      rppsRangOf(1, 1),
      rppsRangOf(1, 2),
      rppsRangOf(2, 1),
    ]);
    for (const form of plan.forms) {
      const rpps = rppsOfRadiologist(form.radiologist ?? 0);
      expect(rangsOf(form.fields).every((rang) => String(rang).startsWith(rpps))).toBe(true);
      expect([form.fields['representant.carte'], form.fields['admin1.carte'], form.fields['usage.editeur']]).toEqual([
        representantOf(form.radiologist ?? 0).carte,
        adminOf(0, 1).carte,
        'Xplore',
      ]);
    }
  });

  it("splits each radiologist's forms at four RPPS-rang: 1 cabinet, then 5 (4 + 1), then 2", () => {
    const plan = planOf(twoRadiologists(1, 5, { 'moreRadiologists[2]': 'yes', 'radiologist[3].cabinetCount': 2 }));
    expect(plan.forms.map((form) => [form.radiologist, rangsOf(form.fields).length])).toEqual([
      [1, 1],
      [2, 4],
      [2, 1],
      [3, 2],
    ]);
    expect(plan.outcome.forms).toBe(4);
    expect(
      radiologistCount(
        finished(twoRadiologists(1, 5, { 'moreRadiologists[2]': 'yes', 'radiologist[3].cabinetCount': 2 })).answers,
      ),
    ).toBe(3);
  });

  it("with the first radiologist's two editors and editor delegation: the others' cabinets are asked their editor; a new one brings its solution and admins", () => {
    const table = {
      ...group,
      cabinetCount: 2,
      'cabinet[1].editorName': 'Xplore',
      'cabinet[2].editorName': 'Telemis',
      'moreRadiologists[1]': 'yes',
      'radiologist[2].cabinetCount': 2,
      'radiologist[2].cabinet[1].editorName': 'telemis ',
      'radiologist[2].cabinet[2].editorName': 'Softway',
    };
    const { path, answers } = finished(table);
    expect(keysOf(path).filter((key) => key.endsWith('solutionName'))).toEqual([
      'editor[1].solutionName',
      'editor[2].solutionName',
      'editor[3].solutionName',
    ]);
    expect(keysOf(path).filter((key) => key.endsWith('admin[1].carte'))).toEqual([
      'editor[1].admin[1].carte',
      'editor[2].admin[1].carte',
      'editor[3].admin[1].carte',
    ]);
    const plan = planFromAnswers(answers, today);
    expect(
      plan.forms.map((form) => [
        form.radiologist,
        form.fields['usage.editeur'],
        form.fields['usage.solution'],
        form.fields['admin1.carte'],
        rangsOf(form.fields),
      ]),
    ).toEqual([
      [1, 'Xplore', solutionOf('Xplore'), adminOf(1, 1).carte, [rppsRangOf(1, 1)]],
      [1, 'Telemis', solutionOf('Telemis'), adminOf(2, 1).carte, [rppsRangOf(1, 2)]],
      [2, 'Telemis', solutionOf('Telemis'), adminOf(2, 1).carte, [rppsRangOf(2, 1)]],
      [2, 'Softway', solutionOf('Softway'), adminOf(3, 1).carte, [rppsRangOf(2, 2)]],
    ]);
  });

  it("with shared admins (no editor delegation), each radiologist's form names the editors of his own cabinets", () => {
    const table = {
      ...group,
      adminDelegation: 'structure',
      cabinetCount: 2,
      'cabinet[1].editorName': 'Xplore',
      'cabinet[2].editorName': 'Telemis',
      'moreRadiologists[1]': 'yes',
      'radiologist[2].cabinetCount': 1,
      'radiologist[2].cabinet[1].editorName': 'Xplore',
    };
    const plan = planOf(table);
    expect(
      plan.forms.map((form) => [form.radiologist, form.fields['usage.editeur'], form.fields['usage.solution']]),
    ).toEqual([
      [1, 'Xplore / Telemis', `${solutionOf('Xplore')} / ${solutionOf('Telemis')}`],
      [2, 'Xplore', solutionOf('Xplore')],
    ]);
  });

  it('«non» to another radiologist after the first drops what was said of the others (a correction)', () => {
    const { answers } = finished(twoRadiologists(1, 2));
    const plan = planFromAnswers({ ...answers, 'moreRadiologists[1]': 'no' }, today);
    expect(plan.forms.map((form) => form.radiologist)).toEqual([1]);
    expect(plan.structures).toHaveLength(1);
  });

  it("a société d'exercice (Cas 1) stays one form under the société's SIRET, whoever works there", () => {
    const plan = planOf({ ...caseChoices.societe, ...commonChoices });
    expect([plan.caseNumber, plan.forms.length, plan.structures.map((structure) => structure.identifierKind)]).toEqual([
      1,
      1,
      ['siret'],
    ]);
    expect(plan.forms[0]?.radiologist).toBeUndefined();
  });
});
