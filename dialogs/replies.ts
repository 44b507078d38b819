import { Activity, Attachment, InputHints, MessageFactory } from 'botbuilder';

// The bot's text messages, by what the user may do once they arrive (the activity's inputHint).

/** A message after which the user may write: nothing else follows at once. */
export const reply = (text: string): Partial<Activity> =>
  MessageFactory.text(text, undefined, InputHints.AcceptingInput);

/** A message another one follows at once (a question, the summary): a channel may keep its input closed. */
export const replyThenMore = (text: string): Partial<Activity> =>
  MessageFactory.text(text, undefined, InputHints.IgnoringInput);

/** A question: the bot waits for its answer (the contract's `inputHint: "expectingInput"`). */
export const questionReply = (text: string): Partial<Activity> =>
  MessageFactory.text(text, undefined, InputHints.ExpectingInput);

/** A question shown as a card, `text` for the channels that show no card. */
export const questionCardReply = (card: Attachment, text: string): Partial<Activity> =>
  MessageFactory.attachment(card, text, undefined, InputHints.ExpectingInput);
