import type { TFunction } from 'i18next';
import { choiceSets, ChoiceSetName } from '../rules/questions/choices';
import type { LookupRequestWords } from '../rules/directory/lookup/request';
import type { AnswerVocabulary } from '../rules/questions/parseAnswer';
import type { ChoiceVocabulary } from '../rules/questions/matchChoice';
import type { PersonNameVocabulary } from '../rules/questions/personName';
import type { UnsureVocabulary } from '../rules/questions/unsure';
import type { Question } from '../rules/questions/question';
import { perTranslator } from './translatorCache';

/** Which locale branch names the choices of a question: `choices.<set>.<id>.label` / `.synonyms`. */
export function choiceSetOf(choices: readonly string[]): ChoiceSetName {
  const entries = Object.entries(choiceSets) as [ChoiceSetName, readonly string[]][];
  const found = entries.find(
    ([, ids]) => ids.length === choices.length && ids.every((id, index) => id === choices[index]),
  );
  return found?.[0] ?? 'yesNo';
}

/** A plain locale string read once per language: an i18next look-up costs ~15 µs, a question shows several labels. */
const textOf = perTranslator((t, key): string => t(key));

export const choiceLabel = (t: TFunction, choices: readonly string[], id: string): string =>
  textOf(t, `choices.${choiceSetOf(choices)}.${id}.label`);

/** A locale entry read as a list of phrases (i18next `returnObjects`). */
export const listOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A phrase list of the locale files, read once per language (`returnObjects` look-ups are costly). */
export const phrasesOf: (t: TFunction, key: string) => readonly string[] = perTranslator((t, key) =>
  listOf(t(key, { returnObjects: true })),
);

/** The ids of a choice list as one cache key and back (ids never contain a line break). */
const choicesKey = (choices: readonly string[]): string => choices.join('\n');
const choicesOfKey = (key: string): string[] => (key === '' ? [] : key.split('\n'));

const numberWordsOf = perTranslator((t): Readonly<Record<string, number>> =>
  Object.fromEntries(phrasesOf(t, 'choices.numbers').map((word, index) => [word, index + 1])),
);

const vocabularyOf = perTranslator((t, key): ChoiceVocabulary => {
  const choices = choicesOfKey(key);
  const set = choiceSetOf(choices);
  return Object.fromEntries(
    choices.map((id) => [
      id,
      [textOf(t, `choices.${set}.${id}.label`), ...phrasesOf(t, `choices.${set}.${id}.synonyms`)],
    ]),
  );
});

const recognition = (t: TFunction, list: keyof UnsureVocabulary) => phrasesOf(t, `unsure.recognition.${list}`);

/** The words that say the user does not know, asks someone else or asks back (locales' `unsure.recognition`). */
const unsureVocabularyCache = perTranslator((t): UnsureVocabulary => ({
  dontKnow: recognition(t, 'dontKnow'),
  knowing: recognition(t, 'knowing'),
  certain: recognition(t, 'certain'),
  notCertainBefore: recognition(t, 'notCertainBefore'),
  knowingNegators: recognition(t, 'knowingNegators'),
  askElsewhere: recognition(t, 'askElsewhere'),
  handledElsewhere: recognition(t, 'handledElsewhere'),
  questionStarts: recognition(t, 'questionStarts'),
  negators: recognition(t, 'negators'),
}));
export const unsureVocabularyOf = (t: TFunction): UnsureVocabulary => unsureVocabularyCache(t, '');

const personNameVocabularyOf = perTranslator((t): PersonNameVocabulary => ({
  titles: phrasesOf(t, 'personNames.titles'),
  articles: phrasesOf(t, 'personNames.articles'),
}));

/** What free text may say for this question: its choices' labels and synonyms, number words, "all", not knowing, titles. */
export function answerVocabulary(t: TFunction, question: Question): AnswerVocabulary {
  const input = question.input;
  const choices =
    input.type === 'choice' || input.type === 'multiChoice'
      ? vocabularyFor(t, input.choices)
      : input.type === 'sectorCode'
        ? vocabularyFor(t, choiceSets.sectorCodeUnknown)
        : {};
  return {
    choices,
    numbers: numberWordsOf(t, ''),
    all: phrasesOf(t, 'choices.all'),
    unsure: unsureVocabularyOf(t),
    names: personNameVocabularyOf(t, ''),
  };
}

/** What tells a look-up request at a question: its own choices (from `answerVocabulary`), the look-up button, not knowing. */
export const lookupRequestWords = (t: TFunction, vocabulary: AnswerVocabulary): LookupRequestWords => ({
  choices: vocabulary.choices,
  lookup: vocabularyFor(t, choiceSets.directoryLookup),
  unsure: vocabulary.unsure,
});

/** The vocabulary of one choice set only, so that "oui" cannot select another set's id. */
export const vocabularyFor = (t: TFunction, choices: readonly string[]): ChoiceVocabulary =>
  vocabularyOf(t, choicesKey(choices));
