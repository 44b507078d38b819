import type { Answers } from '../answers';
import type { Question } from '../questions/question';

/** The identifier a place must have to answer the question the look-up started from. */
export type PlaceNeed = 'any' | 'finess' | 'siret' | 'rppsRang';

export interface LookupTarget {
  /** The answer key the look-up was asked for. */
  key: string;
  need: PlaceNeed;
  /** Cabinet questions: which cabinet (1-based) the place fills. */
  cabinetIndex: number;
}

/**
 * The questions the Annuaire Santé can answer (guide §8): the sector code, and the structure's name and
 * identifier for each case (FINESS for a GIE, SIRET for a société d'exercice, RPPS-rang for a cabinet).
 */
export function lookupTargetOf(question: Question): LookupTarget | undefined {
  const cabinetIndex = Number(question.params.index ?? 1);
  switch (question.topic) {
    case 'sectorCode':
      return { key: question.key, need: 'any', cabinetIndex: 1 };
    case 'denomination':
      return { key: question.key, need: question.params.context === 'gie' ? 'finess' : 'siret', cabinetIndex: 1 };
    case 'finess':
    case 'siret':
      return { key: question.key, need: question.topic, cabinetIndex: 1 };
    case 'rppsRang':
    case 'cabinetDenomination':
      return { key: question.key, need: 'rppsRang', cabinetIndex };
    default:
      return undefined;
  }
}

/** Whether the look-up can still fill something: its question is not answered yet. */
export const isOpenTarget = (target: LookupTarget, answers: Answers): boolean => answers[target.key] === undefined;
