import type { TFunction } from 'i18next';
import type { FollowUpWords } from '../../rules/followUp/readAnswer';
import { perTranslator } from '../translatorCache';
import { phrasesOf, unsureVocabularyOf, vocabularyFor } from '../vocabulary';

const wordsOf = perTranslator((t): FollowUpWords => ({
  yesNo: vocabularyFor(t, ['yes', 'no']),
  unsure: unsureVocabularyOf(t),
  stop: phrasesOf(t, 'followUp.stopWords'),
  notSentYet: phrasesOf(t, 'unsure.notSentYet'),
  days: {
    today: phrasesOf(t, 'followUp.words.today'),
    yesterday: phrasesOf(t, 'followUp.words.yesterday'),
    dayBeforeYesterday: phrasesOf(t, 'followUp.words.dayBeforeYesterday'),
  },
  sent: phrasesOf(t, 'followUp.words.sent'),
  notYet: phrasesOf(t, 'followUp.words.notYet'),
  noReference: phrasesOf(t, 'followUp.words.noReference'),
  done: phrasesOf(t, 'followUp.words.done'),
}));

/** The follow-up's phrases in the turn's language, read from the locale files once per language. */
export const followUpWordsOf = (t: TFunction): FollowUpWords => wordsOf(t, '');
