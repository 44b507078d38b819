import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { LookupNote } from '../../rules/directory/lookup/state';
import type { DirectoryEdition } from '../../rules/directory/place';
import { conflictText } from '../questions/answerErrorText';
import { filledText } from './directoryFilledText';
import { editionText, placeBlock, practitionerName } from './directoryText';
import { unsureText } from '../questions/questionHelp';

const editionOf = (t: TFunction, edition: DirectoryEdition | undefined, language: Language): string =>
  edition ? editionText(t, edition, language) : '';

/** One thing the look-up tells the user, in words. */
function noteText(t: TFunction, note: LookupNote, language: Language): string {
  switch (note.kind) {
    case 'unsure':
      return unsureText(t, note.reason, t(`unsure.directory.${note.phase}`));
    case 'invalidQuery':
      return t(`directory.invalidQuery.${note.reason}`);
    case 'notFound':
      return t('directory.notFound', { query: note.query, edition: editionOf(t, note.edition, language) });
    case 'unavailable':
    case 'manualHelp':
    case 'nothingFilled':
      return t(`directory.${note.kind}`);
    case 'denominationNotUnderstood':
      return t('directory.denominationMismatch.notUnderstood');
    case 'denominationKept':
      return t('directory.denominationMismatch.kept', { name: note.name });
    case 'homonyms':
      return t(note.truncated ? 'directory.tooMany' : 'directory.homonyms', { count: note.count, query: note.query });
    case 'townNotFound':
      return t('directory.townNotFound', { town: note.town });
    case 'places': {
      const name = practitionerName(note.practitioner);
      const header = t('directory.places', {
        count: note.places.length,
        name,
        edition: editionOf(t, note.edition, language),
      });
      return [header, ...note.places.map((place, index) => placeBlock(t, place, index + 1))].join('\n\n');
    }
    case 'noMatchingPlace':
      return t(`directory.noMatchingPlace.${note.need}`, { name: practitionerName(note.practitioner) });
    case 'conflict':
      return conflictText(t, note.conflict);
    case 'filled':
      return filledText(t, note.values, note.place, editionOf(t, note.edition, language));
  }
}

/** What the look-up tells the user before its question or at its end, one paragraph each; nothing when there is none. */
export function lookupNotesText(t: TFunction, notes: readonly LookupNote[], language: Language): string | undefined {
  return notes.length === 0 ? undefined : notes.map((note) => noteText(t, note, language)).join('\n\n');
}
