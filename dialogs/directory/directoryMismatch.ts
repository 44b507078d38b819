import type { TFunction } from 'i18next';
import type { DenominationMismatch } from '../../rules/directory/placeAnswers';
import type { ChoiceVocabulary } from '../../rules/questions/matchChoice';
import type { Choice } from '../choiceActivity';
import { phrasesOf } from '../vocabulary';

/** The two names a form could carry: the annuaire's for the identifier just filled, or the one given earlier. */
export const mismatchChoices = (t: TFunction, mismatch: DenominationMismatch): Choice[] => [
  { id: 'directory', label: t('directory.denominationMismatch.useDirectory', { name: mismatch.directory }) },
  { id: 'typed', label: t('directory.denominationMismatch.keepTyped', { name: mismatch.typed }) },
];

/** What names each choice: its label, the name itself, and the locale's synonyms. */
export function mismatchVocabulary(t: TFunction, mismatch: DenominationMismatch): ChoiceVocabulary {
  const [directory, typed] = mismatchChoices(t, mismatch);
  return {
    directory: [
      directory?.label ?? '',
      mismatch.directory,
      ...phrasesOf(t, 'directory.denominationMismatch.directorySynonyms'),
    ],
    typed: [typed?.label ?? '', mismatch.typed, ...phrasesOf(t, 'directory.denominationMismatch.typedSynonyms')],
  };
}
