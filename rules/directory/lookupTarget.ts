import type { Question } from '../questions/question';
import { radiologistOfKey } from '../questions/radiologists';

/** The identifier a place must have to answer the question the look-up started from. */
export type PlaceNeed = 'any' | 'finess' | 'siret' | 'rppsRang';

export interface LookupTarget {
  /** The answer key the look-up was asked for. */
  key: string;
  need: PlaceNeed;
  /** Cabinet questions: which cabinet (1-based) the place fills. */
  cabinetIndex: number;
  /** Cabinet questions: whose cabinet (1-based; the second and later radiologists of a group). */
  radiologist?: number;
}

/**
 * The questions the Annuaire Santé can answer (guide §8): the sector code (also from the structure type
 * asked when the code is unknown), and the structure's name and identifier for each case (FINESS for a GIE, SIRET for a société d'exercice, RPPS-rang for a cabinet).
 */
export function lookupTargetOf(question: Question): LookupTarget | undefined {
  const cabinetIndex = Number(question.params.index ?? 1);
  switch (question.topic) {
    case 'sectorCode':
      return { key: question.key, need: 'any', cabinetIndex: 1 };
    case 'structureType':
      // Only after «je ne sais pas» to the sector code: the place found gives the code, which settles the type.
      return question.params.context === 'unknownSector'
        ? { key: 'sectorCode', need: 'any', cabinetIndex: 1 }
        : undefined;
    case 'denomination':
      return { key: question.key, need: question.params.context === 'gie' ? 'finess' : 'siret', cabinetIndex: 1 };
    case 'finess':
    case 'siret':
      return { key: question.key, need: question.topic, cabinetIndex: 1 };
    case 'rppsRang':
    case 'cabinetDenomination':
      return { key: question.key, need: 'rppsRang', cabinetIndex, radiologist: radiologistOfKey(question.key) };
    default:
      return undefined;
  }
}
