import { validators } from '../../identifiers';
import { choiceSets } from '../../questions/choices';
import { ChoiceVocabulary, matchChoices } from '../../questions/matchChoice';
import type { Question } from '../../questions/question';
import { unsureReason, UnsureVocabulary } from '../../questions/unsure';
import { parseSectorCode } from '../../sectorCodes';
import { parseDirectoryQuery } from '../directoryQuery';
import { LookupTarget, lookupTargetOf } from '../lookupTarget';

export interface LookupRequest {
  target: LookupTarget;
  /** A name or RPPS already typed: searched at once. */
  query?: string;
}

/** The words that matter: the question's own choices, the «Chercher dans l'Annuaire Santé» button, not knowing. */
export interface LookupRequestWords {
  choices: ChoiceVocabulary;
  lookup: ChoiceVocabulary;
  unsure: UnsureVocabulary;
}

const names = (text: string, choices: readonly string[], vocabulary: ChoiceVocabulary): boolean =>
  matchChoices(text, choices, vocabulary).length > 0;
const isQuery = (text: string): boolean => parseDirectoryQuery(text).kind !== 'invalid';

/**
 * Whether an answer asks for the Annuaire Santé: the look-up button or «je ne sais pas» on an identifier;
 * a name or an RPPS typed for the sector code, or for the structure type once the code is unknown
 * («je ne sais pas» to the sector code keeps its contract meaning); an RPPS where an RPPS-rang is expected.
 */
export function lookupRequestOf(
  question: Question,
  text: string,
  words: LookupRequestWords,
): LookupRequest | undefined {
  const target = lookupTargetOf(question);
  if (!target) return undefined;
  const input = question.input;
  if (input.type === 'sectorCode' && names(text, choiceSets.sectorCodeUnknown, words.choices)) return undefined;
  if (input.type === 'choice' && names(text, input.choices, words.choices)) return undefined;
  if (names(text, choiceSets.directoryLookup, words.lookup)) return { target };
  // «c'est quoi le secteur d'activité», «aucune idée»: help, not a search for a radiologist of that name.
  if (unsureReason(text, words.unsure) !== undefined) return undefined;
  if (input.type === 'sectorCode' && !parseSectorCode(text).ok && isQuery(text)) return { target, query: text };
  if (input.type === 'choice' && isQuery(text)) return { target, query: text };
  if (input.type === 'identifier' && input.identifier === 'rppsRang') {
    const result = validators.rppsRang(text);
    if (!result.ok && result.code === 'looksLikeRpps') return { target, query: text };
  }
  return undefined;
}
