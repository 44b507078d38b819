import type { TFunction } from 'i18next';
import { parseDirectoryQuery } from '../rules/directory/directoryQuery';
import { LookupTarget, lookupTargetOf } from '../rules/directory/lookupTarget';
import { validators } from '../rules/identifiers';
import { choiceSets } from '../rules/questions/choices';
import { matchChoices } from '../rules/questions/matchChoice';
import type { Question } from '../rules/questions/question';
import { unsureReason } from '../rules/questions/unsure';
import { parseSectorCode } from '../rules/sectorCodes';
import { unsureVocabularyOf, vocabularyFor } from './vocabulary';

export interface LookupRequest {
  target: LookupTarget;
  /** A name or RPPS already typed: searched at once. */
  query?: string;
}

const names = (t: TFunction, text: string, choices: readonly string[]): boolean => matchChoices(text, choices, vocabularyFor(t, choices)).length > 0;
const isQuery = (text: string): boolean => parseDirectoryQuery(text).kind !== 'invalid';

/**
 * Whether an answer asks for the Annuaire Santé: the look-up button or «je ne sais pas» on an identifier;
 * a name or an RPPS typed for the sector code, or for the structure type once the code is unknown
 * («je ne sais pas» to the sector code keeps its contract meaning); an RPPS where an RPPS-rang is expected.
 */
export function lookupRequestOf(t: TFunction, question: Question, text: string): LookupRequest | undefined {
  const target = lookupTargetOf(question);
  if (!target) return undefined;
  const input = question.input;
  if (input.type === 'sectorCode' && names(t, text, choiceSets.sectorCodeUnknown)) return undefined;
  if (input.type === 'choice' && names(t, text, input.choices)) return undefined;
  if (names(t, text, choiceSets.directoryLookup)) return { target };
  // «c'est quoi le secteur d'activité», «aucune idée»: help, not a search for a radiologist of that name.
  if (unsureReason(text, unsureVocabularyOf(t)) !== undefined) return undefined;
  if (input.type === 'sectorCode' && !parseSectorCode(text).ok && isQuery(text)) return { target, query: text };
  if (input.type === 'choice' && isQuery(text)) return { target, query: text };
  if (input.type === 'identifier' && input.identifier === 'rppsRang') {
    const result = validators.rppsRang(text);
    if (!result.ok && result.code === 'looksLikeRpps') return { target, query: text };
  }
  return undefined;
}
