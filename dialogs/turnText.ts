import type { TurnContext } from 'botbuilder';
import type { TFunction } from 'i18next';
import { languageOf, translatorFor } from '../locales';

/** Teams may omit the locale: French is the default (languageOf). */
export const translatorOf = (context: TurnContext): TFunction => translatorFor(context.activity.locale);
export const languageOfTurn = (context: TurnContext) => languageOf(context.activity.locale);

/** The user's words: typed text, or the value an Adaptive Card submitted. */
export function userText(context: TurnContext): string {
  const { text } = context.activity;
  const value: unknown = context.activity.value;
  if (typeof text === 'string' && text.trim() !== '') return text;
  if (value && typeof value === 'object' && 'answer' in value && typeof value.answer === 'string') return value.answer;
  return '';
}
