import type { TFunction } from 'i18next';
import type { Question } from '../../rules/questions/question';
import type { UnsureReason } from '../../rules/questions/unsure';
import { textWith } from '../translatorCache';

/** Whom to ask for this question's answer (the editor, the hospital's IT…), where one fits. */
const whoToAsk = (t: TFunction, question: Question): string =>
  t(`unsure.whoToAsk.${question.topic.split('.')[0] ?? question.topic}`, { defaultValue: '' });

/** A question's help («aide»), in its context (a GIE, an unknown sector code…), and whom to ask. */
export function questionHelp(t: TFunction, question: Question): string {
  const help = textWith(t, `questions.${question.topic}.help`, question.params);
  return [help, whoToAsk(t, question)].filter(Boolean).join('\n\n');
}

/** What the bot says to «je ne sais pas», «demandez à l'éditeur» or a question back, before asking again. */
export function unsureText(t: TFunction, reason: UnsureReason, help: string): string {
  const intro = reason === 'question' ? '' : t(`unsure.intro.${reason}`);
  return [intro, help].filter(Boolean).join('\n\n');
}
