import type { TFunction } from 'i18next';
import { parseDirectoryQuery } from '../rules/directory/directoryQuery';
import { LookupTarget, lookupTargetOf } from '../rules/directory/lookupTarget';
import { validators } from '../rules/identifiers';
import { choiceSets } from '../rules/questions/choices';
import { matchChoices } from '../rules/questions/matchChoice';
import type { Question } from '../rules/questions/question';
import { parseSectorCode } from '../rules/sectorCodes';
import { vocabularyFor } from './vocabulary';

export interface LookupRequest {
  target: LookupTarget;
  /** Giving up answers «je ne sais pas» (the sector code's own path) or asks the question again. */
  onManual: 'unknown' | 'reask';
  /** A name or RPPS already typed: searched at once. */
  query?: string;
}

/**
 * Whether an answer asks for the Annuaire Santé: «je ne sais pas» or the look-up button on a question it
 * can answer, a name or an RPPS typed for the sector code, an RPPS typed where an RPPS-rang is expected.
 */
export function lookupRequestOf(t: TFunction, question: Question, text: string): LookupRequest | undefined {
  const target = lookupTargetOf(question);
  if (!target) return undefined;
  const isSectorCode = question.input.type === 'sectorCode';
  const asks = isSectorCode ? choiceSets.sectorCodeUnknown : choiceSets.directoryLookup;
  const vocabulary = { ...vocabularyFor(t, choiceSets.directoryLookup), ...vocabularyFor(t, choiceSets.sectorCodeUnknown) };
  if (matchChoices(text, [...asks, ...(isSectorCode ? choiceSets.directoryLookup : [])], vocabulary).length > 0) {
    return { target, onManual: isSectorCode ? 'unknown' : 'reask' };
  }
  if (isSectorCode && !parseSectorCode(text).ok && parseDirectoryQuery(text).kind !== 'invalid') {
    return { target, onManual: 'reask', query: text };
  }
  if (question.input.type === 'identifier' && question.input.identifier === 'rppsRang') {
    const result = validators.rppsRang(text);
    if (!result.ok && result.code === 'looksLikeRpps') return { target, onManual: 'reask', query: text };
  }
  return undefined;
}
