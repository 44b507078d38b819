import type { Answers } from './answers';
import { buildPlan } from './plan/buildPlan';
import type { Plan } from './plan/schema';
import { situationFromAnswers } from './situationFromAnswers';

/** The plan of a finished path (the loop only ends once the path has an end). */
export function planFromAnswers(answers: Answers, today: string): Plan {
  const { situation, end } = situationFromAnswers(answers);
  return buildPlan(situation, end ?? { kind: 'form413' }, today);
}
