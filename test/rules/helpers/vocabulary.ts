import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ChoiceSetName, choiceSets } from '../../../rules/questions/choices';
import type { ChoiceVocabulary } from '../../../rules/questions/matchChoice';
import type { AnswerVocabulary } from '../../../rules/questions/parseAnswer';
import type { PersonNameVocabulary } from '../../../rules/questions/personName';
import type { Question } from '../../../rules/questions/question';
import type { UnsureVocabulary } from '../../../rules/questions/unsure';

const choiceEntrySchema = z.object({ label: z.string(), synonyms: z.array(z.string()) });
const choicesFileSchema = z
  .object({ numbers: z.array(z.string()), all: z.array(z.string()) })
  .catchall(z.union([z.record(z.string(), choiceEntrySchema), z.array(z.string())]));

const phrases = z.array(z.string()).readonly();
const unsureFileSchema = z.object({
  recognition: z.object({
    dontKnow: phrases,
    knowing: phrases,
    certain: phrases,
    notCertainBefore: phrases,
    knowingNegators: phrases,
    askElsewhere: phrases,
    handledElsewhere: phrases,
    questionStarts: phrases,
    negators: phrases,
  }),
});
const personNamesFileSchema = z.object({ titles: phrases, articles: phrases });

export const localeFile = (language: string, name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'locales', language, `${name}.json`), 'utf8'));

export type TestLanguage = 'fr' | 'en';

/** A language's choice words, read straight from the locale file the dialogs load (no i18next in rules tests). */
const choicesFile = (language: TestLanguage) => choicesFileSchema.parse(localeFile(language, 'choices'));

/** The words of not knowing and the titles of a language, as the dialogs read them. */
export const unsureVocabulary = (language: TestLanguage = 'fr'): UnsureVocabulary =>
  unsureFileSchema.parse(localeFile(language, 'unsure')).recognition;
const personNameVocabulary = (language: TestLanguage): PersonNameVocabulary =>
  personNamesFileSchema.parse(localeFile(language, 'personNames'));

/** The choice set whose ids are exactly these, as the dialogs find it. */
function setOf(choices: readonly string[]): ChoiceSetName | undefined {
  const names = Object.keys(choiceSets).filter((name): name is ChoiceSetName => name in choiceSets);
  return names.find((name) => {
    const ids: readonly string[] = choiceSets[name];
    return ids.length === choices.length && ids.every((id, index) => id === choices[index]);
  });
}

function choiceVocabulary(file: z.infer<typeof choicesFileSchema>, set: ChoiceSetName | undefined): ChoiceVocabulary {
  const entries = set === undefined ? undefined : file[set];
  if (entries === undefined || Array.isArray(entries)) return {};
  return Object.fromEntries(Object.entries(entries).map(([id, entry]) => [id, [entry.label, ...entry.synonyms]]));
}

/** What the dialogs pass for a question: its set's words, number words (1-based), "all" words, not knowing, titles. */
export function vocabularyIn(language: TestLanguage, question: Question): AnswerVocabulary {
  const file = choicesFile(language);
  const input = question.input;
  const set =
    input.type === 'choice' || input.type === 'multiChoice'
      ? setOf(input.choices)
      : input.type === 'sectorCode'
        ? 'sectorCodeUnknown'
        : undefined;
  return {
    choices: choiceVocabulary(file, set),
    numbers: Object.fromEntries(file.numbers.map((word, index) => [word, index + 1])),
    all: file.all,
    unsure: unsureVocabulary(language),
    names: personNameVocabulary(language),
  };
}

/** The words of one choice set (its labels and synonyms), as `vocabularyFor` gives them to the dialogs. */
export const choiceWords = (language: TestLanguage, set: ChoiceSetName): ChoiceVocabulary =>
  choiceVocabulary(choicesFile(language), set);

export const frenchVocabulary = (question: Question): AnswerVocabulary => vocabularyIn('fr', question);
