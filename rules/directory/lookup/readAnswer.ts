import { ChoiceVocabulary, matchOneChoice } from '../../questions/matchChoice';
import { unsureReason, UnsureVocabulary } from '../../questions/unsure';
import type { LookupInput, LookupState } from './state';

/** The words of the question asked now: each of its choices' names (labels, names, towns, synonyms), and not knowing. */
export interface LookupWords {
  choices: ChoiceVocabulary;
  unsure: UnsureVocabulary;
}

/** A name or a town may be «Comment» or «Quoi»: only a «?» or words of not knowing make them no answer. */
const freeTextSigns = { starts: false, mark: true };

/** The name (or RPPS) and town questions take free text; their one choice is «Continuer sans l'annuaire». */
const takesFreeText = (state: LookupState): boolean => state.phase === 'query' || state.phase === 'town';

/**
 * What a message says to the look-up's question: «Continuer sans l'annuaire» first at the free-text
 * questions; then «je ne sais pas» or a question back, never a choice (contract); then a choice it names
 * (a practitioner, a place, a name for the form), else free text.
 */
export function readLookupAnswer(state: LookupState, text: string, words: LookupWords): LookupInput {
  const named = matchOneChoice(text, Object.keys(words.choices), words.choices);
  const freeText = takesFreeText(state);
  if (freeText && named === 'manual') return { kind: 'chosen', id: named };
  const unsure = unsureReason(text, words.unsure, freeTextSigns);
  if (unsure !== undefined) return { kind: 'unsure', reason: unsure };
  return !freeText && named !== undefined ? { kind: 'chosen', id: named } : { kind: 'typed', text };
}
