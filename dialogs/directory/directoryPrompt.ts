import type { Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { LookupState } from '../../rules/directory/lookup/state';
import { choiceSets } from '../../rules/questions/choices';
import type { ChoiceVocabulary } from '../../rules/questions/matchChoice';
import { choiceActivity, Choice } from '../choiceActivity';
import { mismatchChoices, mismatchVocabulary } from './directoryMismatch';
import { placeChoices, placeVocabulary, practitionerChoices } from './directoryText';
import { vocabularyFor } from '../vocabulary';

/** The look-up's question for its phase (slots `directory.query`, `.town`, `.practitioner`, `.place`, `.denomination`). */
export function lookupPrompt(t: TFunction, state: LookupState, channelId: string, preface?: string): Partial<Activity> {
  const manual: Choice = { id: 'manual', label: t('choices.directoryManual.manual.label') };
  const [text, slot, choices] = ((): [string, string, Choice[]] => {
    switch (state.phase) {
      case 'query':
        return [
          state.failures > 0 ? t('directory.askQueryAgain') : t('directory.askQuery'),
          'directory.query',
          [manual],
        ];
      case 'town':
        return [t('directory.townPrompt'), 'directory.town', [manual]];
      case 'practitioner':
        return [
          t('directory.choosePractitioner'),
          'directory.practitioner',
          practitionerChoices(t, state.practitioners),
        ];
      case 'place':
        return [
          t('directory.choosePlace', { count: state.places.length }),
          'directory.place',
          placeChoices(t, state.places),
        ];
      case 'denomination': {
        const mismatch = state.mismatch ?? { key: '', typed: '', directory: '' };
        const prompt = t('directory.denominationMismatch.prompt', {
          typed: mismatch.typed,
          directory: mismatch.directory,
        });
        return [prompt, 'directory.denomination', mismatchChoices(t, mismatch)];
      }
    }
  })();
  return choiceActivity([preface, text].filter(Boolean).join('\n\n'), slot, choices, channelId);
}

/** What names each choice of the look-up's question (for `readLookupAnswer`): a practitioner's label, a place's names… */
export function lookupChoiceWords(t: TFunction, state: LookupState): ChoiceVocabulary {
  switch (state.phase) {
    case 'query':
    case 'town':
      return vocabularyFor(t, choiceSets.directoryManual);
    case 'practitioner':
      return Object.fromEntries(
        practitionerChoices(t, state.practitioners).map((choice) => [choice.id, [choice.label]]),
      );
    case 'place':
      return placeVocabulary(t, state.places);
    case 'denomination':
      return state.mismatch ? mismatchVocabulary(t, state.mismatch) : {};
  }
}
