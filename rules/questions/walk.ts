import { Answers } from '../answers';
import { FlowEnd, guidedPath } from './flow';
import { Question } from './question';

export interface Walk {
  /** Questions on the current path that have an answer, in order. */
  answered: Question[];
  /** The first unanswered question, when the path is not finished. */
  next?: Question;
  /** How the path ends, once every question on it is answered. */
  end?: FlowEnd;
}

/** Follows the guided path with the answers so far: "what to ask next" as a pure function. */
export function walk(answers: Answers): Walk {
  const answered: Question[] = [];
  const path = guidedPath(answers);
  for (let step = path.next(); ; step = path.next()) {
    if (step.done) return { answered, end: step.value };
    if (!(step.value.key in answers)) return { answered, next: step.value };
    answered.push(step.value);
  }
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
