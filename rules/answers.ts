import { z } from 'zod';

/**
 * What the user answered so far, keyed by the question's storage key (usually its public slot id, e.g.
 * `cabinet[2].rppsRang`). Flat, so that state persists as plain JSON and a correction replaces one key.
 */
export const answerValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);
export type AnswerValue = z.infer<typeof answerValueSchema>;
export const answersSchema = z.record(z.string(), answerValueSchema);
export type Answers = z.infer<typeof answersSchema>;

export function answerText(answers: Answers, key: string): string | undefined {
  const value = answers[key];
  return typeof value === 'string' ? value : undefined;
}

export function answerNumber(answers: Answers, key: string): number | undefined {
  const value = answers[key];
  return typeof value === 'number' ? value : undefined;
}

export function answerList(answers: Answers, key: string): string[] | undefined {
  const value = answers[key];
  return Array.isArray(value) ? value : undefined;
}

export const isYes = (answers: Answers, key: string): boolean => answers[key] === 'yes';
