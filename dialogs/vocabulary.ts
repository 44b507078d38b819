import type { TFunction } from 'i18next';
import { choiceSets, ChoiceSetName } from '../rules/questions/choices';
import type { AnswerVocabulary } from '../rules/questions/parseAnswer';
import type { ChoiceVocabulary } from '../rules/questions/matchChoice';
import type { Question } from '../rules/questions/question';

/** Which locale branch names the choices of a question: `choices.<set>.<id>.label` / `.synonyms`. */
export function choiceSetOf(choices: readonly string[]): ChoiceSetName {
  const entries = Object.entries(choiceSets) as [ChoiceSetName, readonly string[]][];
  const found = entries.find(([, ids]) => ids.length === choices.length && ids.every((id, index) => id === choices[index]));
  return found?.[0] ?? 'yesNo';
}

export const choiceLabel = (t: TFunction, choices: readonly string[], id: string): string =>
  t(`choices.${choiceSetOf(choices)}.${id}.label`);

/** A locale entry read as a list of phrases (i18next `returnObjects`). */
export const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** What free text may say for this question: its choices' labels and synonyms, number words, "all". */
export function answerVocabulary(t: TFunction, question: Question): AnswerVocabulary {
  const input = question.input;
  const choices =
    input.type === 'choice' || input.type === 'multiChoice'
      ? vocabularyFor(t, input.choices)
      : input.type === 'sectorCode'
        ? vocabularyFor(t, choiceSets.sectorCodeUnknown)
        : {};
  const numberWords = listOf(t('choices.numbers', { returnObjects: true }));
  const numbers = Object.fromEntries(numberWords.map((word, index) => [word, index + 1]));
  return { choices, numbers, all: listOf(t('choices.all', { returnObjects: true })) };
}

/** The vocabulary of one choice set only, so that "oui" cannot select another set's id. */
export function vocabularyFor(t: TFunction, choices: readonly string[]): ChoiceVocabulary {
  const set = choiceSetOf(choices);
  return Object.fromEntries(
    choices.map((id) => [id, [t(`choices.${set}.${id}.label`), ...listOf(t(`choices.${set}.${id}.synonyms`, { returnObjects: true }))]]),
  );
}
