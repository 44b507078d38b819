import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import { editionText } from '../directory/directoryText';
import type { Session } from '../session';
import type { SourceMark } from './summaryText';

/** The summary's credit for answers the user did not type: the editor's widget, the Annuaire Santé. */
export function sourceMarks(t: TFunction, session: Session, language: Language): SourceMark {
  const { filledKeys, edition } = session.directory;
  return (key) => {
    if (session.prefilledKeys.includes(key)) return t('summary.prefilled');
    if (filledKeys.includes(key) && edition)
      return t('directory.summaryMark', { edition: editionText(t, edition, language) });
    return undefined;
  };
}
