import type { Answers } from '../../../rules/answers';
import type { FlowEnd } from '../../../rules/questions/flow';
import type { Question } from '../../../rules/questions/question';
import { walk } from '../../../rules/questions/walk';
import { AnswersFor, maxQuestions } from './answerAll';

/** The alternatives explored at a question, each the answers it adds; undefined: the question takes its default. */
export type Branches = (question: Question, answers: Answers) => Answers[] | undefined;

export interface Leaf {
  answers: Answers;
  end: FlowEnd;
  /** The questions on the path, in order. */
  path: Question[];
}

/**
 * Every path below `start`: branches where `branches` gives alternatives, the default answer elsewhere.
 * Depth first with an explicit stack; a path longer than `maxQuestions` throws (the path would not end).
 */
export function enumeratePaths(start: Answers, branches: Branches, fill: AnswersFor): Leaf[] {
  const leaves: Leaf[] = [];
  const stack: Answers[] = [start];
  for (let answers = stack.pop(); answers !== undefined; answers = stack.pop()) {
    for (;;) {
      const { next, end, answered } = walk(answers);
      if (answered.length > maxQuestions)
        throw new Error(`a path passed ${maxQuestions} questions: ${JSON.stringify(answers)}`);
      if (end) {
        leaves.push({ answers, end, path: answered });
        break;
      }
      if (!next) throw new Error('walk returned neither a question nor an end');
      const alternatives = branches(next, answers);
      if (alternatives) {
        const current = answers;
        if (alternatives.some((patch) => !(next.key in patch)))
          throw new Error(`a branch leaves ${next.key} unanswered`);
        stack.push(...alternatives.map((patch) => ({ ...current, ...patch })).reverse());
        break;
      }
      const value = fill(next, answers);
      if (value === undefined) throw new Error(`no default answer for ${next.key}`);
      answers = { ...answers, [next.key]: value };
    }
  }
  return leaves;
}
