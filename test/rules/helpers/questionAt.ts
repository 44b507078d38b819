import type { Answers } from '../../../rules/answers';
import type { Question } from '../../../rules/questions/question';
import { walk } from '../../../rules/questions/walk';
import { AnswersFor, maxQuestions } from './answerAll';
import { caseChoices, commonChoices, scenario } from './scenario';

/** The real question with this key, reached by answering the scenario up to it (an inferred one as when reopened to change it). */
export function questionAt(answersFor: AnswersFor, key: string): Question {
  const answers: Answers = {};
  for (let step = 0; step < maxQuestions; step += 1) {
    const next = walk(answers, [key]).next;
    if (!next) break;
    if (next.key === key) return next;
    const value = answersFor(next, answers);
    if (value === undefined) break;
    answers[next.key] = value;
  }
  throw new Error(`${key} is not on the scenario's path`);
}

export const cabinetPath = (count: number) =>
  scenario({ ...caseChoices.cabinet, ...commonChoices, cabinetCount: count });
/** One real question of each kind, with the input the flow gives it. */
export const questions = {
  risController: questionAt(scenario({}), 'risController'),
  sectorCode: questionAt(scenario({ risController: 'liberal' }), 'sectorCode'),
  structureType: questionAt(scenario({ risController: 'liberal', sectorCode: 'SA04' }), 'structureType'),
  yesNo: questionAt(scenario({ risController: 'gie' }), 'sharedCertifiedRis'),
  services: questionAt(scenario(caseChoices.gie), 'services'),
  insiMode: questionAt(scenario({ ...caseChoices.gie, services: ['insi'] }), 'insiMode'),
  adminDelegation: questionAt(
    scenario({ ...caseChoices.gie, services: ['insi'], insiMode: 'auto' }),
    'adminDelegation',
  ),
  qualite: questionAt(scenario({ ...caseChoices.societe, ...commonChoices }), 'representant.qualite'),
  cabinetCount: questionAt(scenario({ ...caseChoices.cabinet, ...commonChoices }), 'cabinetCount'),
  denomination: questionAt(scenario({ ...caseChoices.gie, ...commonChoices }), 'denomination'),
  finess: questionAt(scenario({ ...caseChoices.gie, ...commonChoices }), 'finess'),
  siret: questionAt(scenario({ ...caseChoices.societe, ...commonChoices }), 'siret'),
  nom: questionAt(scenario({ ...caseChoices.gie, ...commonChoices }), 'representant.nom'),
  telephone: questionAt(scenario({ ...caseChoices.gie, ...commonChoices }), 'representant.telephone'),
  email: questionAt(scenario({ ...caseChoices.gie, ...commonChoices }), 'admin[1].email'),
};
export type QuestionName = keyof typeof questions;
