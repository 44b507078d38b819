import { TurnContext } from 'botbuilder';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { normaliseWords } from '../../rules/questions/matchChoice';
import type { DocumentProducer } from './documentProducer';
import type { Session } from '../session';
import { perTranslator } from '../translatorCache';
import { languageOfTurn, translatorOf, userText } from '../turnText';
import { phrasesOf } from '../vocabulary';
import { replyThenMore } from '../replies';

/** The phrases that ask for the technical instructions, normalised once per language. */
const requestPhrases = perTranslator((t, key) => phrasesOf(t, key).map(normaliseWords));

/** «voir les instructions techniques», alone or inside a sentence: never mistaken for an answer. */
export function asksForTechnicalInstructions(context: TurnContext): boolean {
  const words = normaliseWords(userText(context));
  if (words === '') return false;
  return requestPhrases(translatorOf(context), 'instructions.phrases').some(
    (phrase) => phrase === words || (phrase.includes(' ') && ` ${words} `.includes(` ${phrase} `)),
  );
}

/**
 * The technical administrator's guide as chat text, only when asked for: after a Form 413 end, the guide for that
 * plan; before the end, a word that it comes with the documents. Returns whether the message was that request.
 */
export async function answerTechnicalInstructions(
  context: TurnContext,
  session: Session,
  documents: DocumentProducer,
  today: string,
): Promise<boolean> {
  if (!asksForTechnicalInstructions(context)) return false;
  const t = translatorOf(context);
  const plan = session.finished ? planFromAnswers(session.answers, today) : undefined;
  const text =
    plan === undefined
      ? t('instructions.later')
      : plan.outcome.kind === 'form413'
        ? documents.technicalInstructions({ plan, language: languageOfTurn(context) })
        : t('instructions.none');
  await context.sendActivity(replyThenMore(text));
  return true;
}
