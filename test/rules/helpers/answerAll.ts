import type { Answers, AnswerValue } from '../../../rules/answers';
import type { FlowEnd } from '../../../rules/questions/flow';
import type { Question } from '../../../rules/questions/question';
import { walk } from '../../../rules/questions/walk';

/** What the user answers to a question, given the answers so far; undefined when the scenario has no answer. */
export type AnswersFor = (question: Question, answers: Answers) => AnswerValue | undefined;

/** No real path is near this long (20 cabinets and 2 × 3 admins stay well below): beyond it the path loops. */
export const maxQuestions = 400;

export interface FinishedPath {
  answers: Answers;
  end: FlowEnd;
  /** Every question on the path taken, in order. */
  path: Question[];
}

/** Answers each `walk(answers).next` until the path ends, so tests never hard-code the question order. */
export function answerAll(answersFor: AnswersFor, start: Answers = {}): FinishedPath {
  const answers: Answers = { ...start };
  for (let step = 0; step <= maxQuestions; step += 1) {
    const { next, end, answered } = walk(answers);
    if (end) return { answers, end, path: answered };
    if (!next) throw new Error('walk returned neither a question nor an end');
    const value = answersFor(next, answers);
    if (value === undefined) throw new Error(`the scenario has no answer for ${next.key}`);
    answers[next.key] = value;
  }
  throw new Error(`the path did not end after ${maxQuestions} questions`);
}

/** The keys of the questions on a finished path. */
export const keysOf = (path: readonly Question[]): string[] => path.map((question) => question.key);
