import type { Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import { choiceActivity, Choice } from './choiceActivity';
import type { LookupState } from './directorySession';
import { mismatchChoices } from './directoryMismatch';
import { placeChoices, practitionerChoices } from './directoryText';

/** The look-up's question for its phase (slots `directory.query`, `.town`, `.practitioner`, `.place`, `.denomination`). */
export function lookupPrompt(t: TFunction, state: LookupState, channelId: string, preface?: string): Partial<Activity> {
  const manual: Choice = { id: 'manual', label: t('choices.directoryManual.manual.label') };
  const [text, slot, choices] = ((): [string, string, Choice[]] => {
    switch (state.phase) {
      case 'query':
        return [state.failures > 0 ? t('directory.askQueryAgain') : t('directory.askQuery'), 'directory.query', [manual]];
      case 'town':
        return [t('directory.townPrompt'), 'directory.town', [manual]];
      case 'practitioner':
        return [t('directory.choosePractitioner'), 'directory.practitioner', practitionerChoices(t, state.practitioners)];
      case 'place':
        return [t('directory.choosePlace', { count: state.places.length }), 'directory.place', placeChoices(t, state.places)];
      case 'denomination': {
        const mismatch = state.mismatch ?? { key: '', typed: '', directory: '' };
        const prompt = t('directory.denominationMismatch.prompt', { typed: mismatch.typed, directory: mismatch.directory });
        return [prompt, 'directory.denomination', mismatchChoices(t, mismatch)];
      }
    }
  })();
  return choiceActivity([preface, text].filter(Boolean).join('\n\n'), slot, choices, channelId);
}
