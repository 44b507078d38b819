import type { Answers } from '../answers';
import { cabinetCount, cabinetSlot } from './editors';
import type { ListContext } from './parseAnswer';
import type { Question } from './question';
import { radiologistOfKey } from './radiologists';

/**
 * Where an RPPS-rang list typed at this question goes (this radiologist's following cabinets) and the
 * RPPS-rang his other cabinets already have (a repeated one is refused). Other radiologists' are checked
 * by `rppsRangConflict`, which says whose they are.
 */
export function rppsRangListContext(question: Question, answers: Answers): ListContext {
  const radiologist = radiologistOfKey(question.key);
  const count = cabinetCount(answers, radiologist);
  const taken = Array.from({ length: count }, (_, offset) => cabinetSlot(offset + 1, 'rppsRang', radiologist))
    .filter((key) => key !== question.key)
    .map((key) => answers[key])
    .filter((value): value is string => typeof value === 'string');
  return {
    keyOfNext: (offset) => {
      const index = Number(question.params['index'] ?? 0) + offset;
      return index <= count ? cabinetSlot(index, 'rppsRang', radiologist) : undefined;
    },
    taken,
  };
}
