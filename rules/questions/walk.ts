import { Answers } from '../answers';
import { FlowEnd, guidedPath } from './flow';
import { Question } from './question';

export interface Walk {
  /** Questions on the current path that have an answer (typed or inferred), in order. */
  answered: Question[];
  /** The first unanswered question, when the path is not finished. */
  next?: Question;
  /** How the path ends, once every question on it is answered. */
  end?: FlowEnd;
}

/** A question the path must still ask: no answer, and no inferred one (or the user asked to choose it). */
const isOpen = (question: Question, answers: Answers, reopened: readonly string[]): boolean =>
  !(question.key in answers) && (question.inferred === undefined || reopened.includes(question.key));

/**
 * Follows the guided path with the answers so far: "what to ask next" as a pure function. `reopened`: keys
 * of inferred questions the user asked to change in the summary, asked like any other.
 */
export function walk(answers: Answers, reopened: readonly string[] = []): Walk {
  const answered: Question[] = [];
  const path = guidedPath(answers);
  for (let step = path.next(); ; step = path.next()) {
    if (step.done) return { answered, end: step.value };
    if (isOpen(step.value, answers, reopened)) return { answered, next: step.value };
    answered.push(step.value);
  }
}

/** The answer a question on the path holds: the user's, or the one the case implies. */
export const answerOf = (question: Question, answers: Answers): Answers[string] | undefined =>
  answers[question.key] ?? question.inferred;

/**
 * The answers on the whole path the answers lead to, including those after a question reopened for a
 * correction (`relevantAnswers` stops at the first unanswered one).
 */
export function answersOnPath(answers: Answers): Answers {
  const kept: Answers = {};
  const path = guidedPath(answers);
  for (let step = path.next(); !step.done; step = path.next()) {
    const value = answers[step.value.key];
    if (value !== undefined) kept[step.value.key] = value;
  }
  return kept;
}

/** Only the answers the current path uses: after a correction changes the branch, the rest is dropped. */
export function relevantAnswers(answers: Answers): Answers {
  const kept: Answers = {};
  for (const asked of walk(answers).answered) {
    const value = answers[asked.key];
    if (value !== undefined) kept[asked.key] = value;
  }
  return kept;
}
