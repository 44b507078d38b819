import { ChoiceVocabulary, matchOneChoice, normaliseWords } from '../questions/matchChoice';
import { readChoice } from '../questions/readChoice';
import { mentions, unsureReason, UnsureVocabulary } from '../questions/unsure';
import { fileReferenceSchema } from './followUps';
import { parseSentDate, RelativeDayWords } from './sentDate';
import type { FollowUpInput, FollowUpState } from './state';
import { walkthroughSteps } from './walkthrough';

/** The phrases the follow-up understands, in the user's language (locales `followUp.*`, `unsure.*`, `choices.yesNo`). */
export interface FollowUpWords {
  yesNo: ChoiceVocabulary;
  unsure: UnsureVocabulary;
  /** «arrêter le suivi», at any point. */
  stop: readonly string[];
  /** «pas encore, il faut que le docteur signe»: the form is not sent yet. */
  notSentYet: readonly string[];
  days: RelativeDayWords;
  /** «envoyé»: sent today. */
  sent: readonly string[];
  notYet: readonly string[];
  noReference: readonly string[];
  done: readonly string[];
}

/** The whole answer is one of the phrases (or a button's id: the contract lets the user type it). */
const says = (text: string, phrases: readonly string[]): boolean => {
  const words = normaliseWords(text);
  return words !== '' && phrases.some((phrase) => normaliseWords(phrase) === words);
};

/** A pasted CSR (PEM, or its base64 alone): only the CSR step checks it. */
const looksLikeCsr = (text: string): boolean => /BEGIN|MII/.test(text);

function readYesNo(state: FollowUpState, text: string, words: FollowUpWords): FollowUpInput {
  const reading = readChoice(text, ['yes', 'no'], words.yesNo, words.unsure);
  if (reading.kind === 'unsure') return { kind: 'unsure', reason: reading.reason };
  const value = reading.kind === 'chosen' ? reading.value : undefined;
  // «pas encore, il faut que le docteur signe» at the offer: not sent yet, which is no reason to decline.
  if (state.phase === 'offer' && value !== 'yes' && mentions(text, words.notSentYet)) return { kind: 'notSentYet' };
  return value === 'yes' ? { kind: 'yes' } : value === 'no' ? { kind: 'no' } : { kind: 'other' };
}

function readSentOn(text: string, today: string, words: FollowUpWords): FollowUpInput {
  const date = says(text, ['today', ...words.sent]) ? today : parseSentDate(text, today, words.days);
  if (date !== undefined) return { kind: 'sentOn', date };
  const unsure = unsureReason(text, words.unsure);
  if (unsure !== undefined) return { kind: 'unsure', reason: unsure };
  return mentions(text, words.notSentYet) || says(text, ['notYet', ...words.notYet])
    ? { kind: 'notSentYet' }
    : { kind: 'other' };
}

function readReference(text: string, words: FollowUpWords): FollowUpInput {
  const unsure = unsureReason(text, words.unsure);
  if (unsure === 'question' || unsure === 'askElsewhere') return { kind: 'unsure', reason: unsure };
  // Not knowing the reference is the question's own choice «Pas de référence»: nothing is recorded.
  if (unsure === 'dontKnow' || says(text, ['none', ...words.noReference])) return { kind: 'noReference' };
  const reference = fileReferenceSchema.safeParse(text);
  return reference.success ? { kind: 'reference', value: reference.data } : { kind: 'other' };
}

function readStep(state: FollowUpState, text: string, words: FollowUpWords): FollowUpInput {
  if (walkthroughSteps[state.step] === 'csr' && looksLikeCsr(text)) return { kind: 'csr', text };
  const unsure = unsureReason(text, words.unsure);
  if (unsure !== undefined) return { kind: 'unsure', reason: unsure };
  return matchOneChoice(text, ['done'], { done: words.done }) === 'done' ? { kind: 'done' } : { kind: 'other' };
}

/**
 * What a message says to the follow-up's current question: «arrêter le suivi» anywhere, else the answer
 * its phase expects; «je ne sais pas» and a question back are never a choice (contract), except where the
 * question offers one for not knowing («Pas de référence»).
 */
export function readFollowUpAnswer(
  state: FollowUpState,
  text: string,
  today: string,
  words: FollowUpWords,
): FollowUpInput {
  if (says(text, words.stop)) return { kind: 'stop' };
  switch (state.phase) {
    case 'offer':
    case 'askConfirmed':
      return readYesNo(state, text, words);
    case 'askSentOn':
    case 'awaitingSend':
      return readSentOn(text, today, words);
    case 'askReference':
      return readReference(text, words);
    case 'walkthrough':
      return readStep(state, text, words);
    default:
      return { kind: 'other' };
  }
}
