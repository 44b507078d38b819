import type { TFunction } from 'i18next';
import type { DenominationMismatch } from '../rules/directory/placeAnswers';
import { ChoiceVocabulary, matchOneChoice } from '../rules/questions/matchChoice';
import type { Choice } from './choiceActivity';
import { listOf } from './vocabulary';

/** The two names a form could carry: the annuaire's for the identifier just filled, or the one given earlier. */
export const mismatchChoices = (t: TFunction, mismatch: DenominationMismatch): Choice[] => [
  { id: 'directory', label: t('directory.denominationMismatch.useDirectory', { name: mismatch.directory }) },
  { id: 'typed', label: t('directory.denominationMismatch.keepTyped', { name: mismatch.typed }) },
];

/** What names each choice: its label, the name itself, and the locale's synonyms. */
function mismatchVocabulary(t: TFunction, mismatch: DenominationMismatch): ChoiceVocabulary {
  const [directory, typed] = mismatchChoices(t, mismatch);
  return {
    directory: [directory?.label ?? '', mismatch.directory, ...listOf(t('directory.denominationMismatch.directorySynonyms', { returnObjects: true }))],
    typed: [typed?.label ?? '', mismatch.typed, ...listOf(t('directory.denominationMismatch.typedSynonyms', { returnObjects: true }))],
  };
}

/** The name the user picked for the form: the annuaire's, the one given earlier, or none understood. */
export function chosenDenomination(t: TFunction, mismatch: DenominationMismatch, text: string): 'directory' | 'typed' | undefined {
  const chosen = matchOneChoice(text, ['directory', 'typed'], mismatchVocabulary(t, mismatch));
  return chosen === 'directory' || chosen === 'typed' ? chosen : undefined;
}
