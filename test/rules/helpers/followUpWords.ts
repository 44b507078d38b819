import { z } from 'zod';
import type { FollowUpWords } from '../../../rules/followUp/readAnswer';
import { choiceWords, localeFile, TestLanguage, unsureVocabulary } from './vocabulary';

const phrases = z.array(z.string()).readonly();
const followUpFileSchema = z.object({
  stopWords: phrases,
  words: z.object({
    today: phrases,
    yesterday: phrases,
    dayBeforeYesterday: phrases,
    sent: phrases,
    notYet: phrases,
    noReference: phrases,
    done: phrases,
  }),
});

/** The follow-up's phrases of a language, read straight from the locale files the dialog loads. */
export function followUpWords(language: TestLanguage = 'fr'): FollowUpWords {
  const file = followUpFileSchema.parse(localeFile(language, 'followUp'));
  const notSentYet = z.object({ notSentYet: phrases }).parse(localeFile(language, 'unsure')).notSentYet;
  const { today, yesterday, dayBeforeYesterday, ...words } = file.words;
  return {
    yesNo: choiceWords(language, 'yesNo'),
    unsure: unsureVocabulary(language),
    stop: file.stopWords,
    notSentYet,
    days: { today, yesterday, dayBeforeYesterday },
    ...words,
  };
}
