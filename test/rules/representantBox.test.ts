import type { Answers } from '../../rules/answers';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { walk } from '../../rules/questions/walk';
import { answerAll } from './helpers/answerAll';
import { caseChoices, commonChoices, scenario } from './helpers/scenario';

const today = '2026-03-02';
const group: Answers = {
  ...caseChoices.cabinet,
  sectorCode: 'SA08',
  ...commonChoices,
  cabinetCount: 1,
  'moreRadiologists[1]': 'yes',
  'radiologist[2].cabinetCount': 1,
};

/**
 * Section 3.2, «Êtes-vous le : Responsable légal / Mandataire / Titulaire du cabinet»: the seed's examples tick
 * «Titulaire du cabinet» for a radiologist in a société d'exercice (Cas 1, «La case « titulaire du cabinet »»)
 * and in his cabinets (Cas 3), «Responsable légal» for a GIE (Cas 2, «La case « responsable légal »»).
 */
describe('the 3.2 box: inferred from the case, never asked, changeable in the summary', () => {
  it.each<[string, string, Answers]>([
    ["Cas 1, société d'exercice", 'titulaireCabinet', { ...caseChoices.societe, ...commonChoices }],
    ['Cas 2, GIE', 'responsableLegal', { ...caseChoices.gie, ...commonChoices }],
    ['Cas 3, cabinet individuel', 'titulaireCabinet', { ...caseChoices.cabinet, ...commonChoices, cabinetCount: 1 }],
    ['Cas 3, each radiologist of a cabinet de groupe', 'titulaireCabinet', group],
  ])('%s: «%s» ticked, the question never asked', (_case, box, table) => {
    const { answers, path } = answerAll(scenario(table));
    const boxes = path.filter((question) => question.topic === 'representantQualite');
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.map((question) => [question.inferred, question.key in answers])).toEqual(
      boxes.map(() => [box, false]),
    );
    expect(planFromAnswers(answers, today).forms.map((form) => form.fields['representant.qualite'])).toEqual(
      planFromAnswers(answers, today).forms.map(() => box),
    );
  });

  it('is asked once the user names it in the summary (reopened), and the choice goes on the form', () => {
    const { answers } = answerAll(scenario({ ...caseChoices.societe, ...commonChoices }));
    expect(walk(answers).next).toBeUndefined();
    expect(walk(answers, ['representant.qualite']).next?.slot).toBe('representant.qualite');
    const plan = planFromAnswers({ ...answers, 'representant.qualite': 'mandataire' }, today);
    expect(plan.forms[0]?.fields['representant.qualite']).toBe('mandataire');
  });

  it("is each radiologist's own: the second one's changed box leaves the first one's as inferred", () => {
    const { answers } = answerAll(scenario(group));
    const plan = planFromAnswers({ ...answers, 'radiologist[2].representant.qualite': 'mandataire' }, today);
    expect(plan.forms.map((form) => [form.radiologist, form.fields['representant.qualite']])).toEqual([
      [1, 'titulaireCabinet'],
      [2, 'mandataire'],
    ]);
  });
});
