import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * What the conversation state keeps about its turns, to tell a user's answer from a copy of an earlier one
 * that arrived late (a resend, a double click, the same message on two instances).
 */
export const turnLogSchema = z.object({
  /** Bumped each time the conversation moves on: an answer recorded, another question, a reset. */
  version: z.number().int().positive(),
  /** Hash of where the conversation stands (session and dialog stack, without the failure counts). */
  position: z.string(),
  /** The turn that made this version, `instance/turn`. */
  by: z.string(),
  /** Saved, its replies not yet known to be out: a save that lands after its turn gave up stays pending. */
  pending: z.boolean(),
  /** The message that made this version: its channel ids and a hash of its words. */
  answer: z.object({ ids: z.array(z.string()), words: z.string() }).optional(),
});
export type TurnLog = z.infer<typeof turnLogSchema>;

/** An incoming message as the turn log compares it: ids the channel gave it, a hash of its words. */
export interface IncomingMessage {
  ids: string[];
  words: string;
}

/** The turn log as stored when a message arrived (version 0: nothing stored yet). */
export interface ObservedLog {
  version: number;
  pending: boolean;
}

/** What was known when the message reached this instance, before it waited for its turn. */
export interface Receipt {
  /** Turns of this conversation, on this instance, that had not yet delivered their replies. */
  undelivered: ReadonlySet<string>;
  /** What the storage held then; undefined when it could not be read. */
  observed?: ObservedLog;
}

/** fresh: an answer to the current question; redelivered / repeated: «déjà noté»; overtaken: say so, ask again. */
export type Verdict = 'fresh' | 'redelivered' | 'repeated' | 'overtaken';

/** The channel delivered the very message that made the current version again (same activity id). */
export function isRedelivery(log: TurnLog, message: IncomingMessage): boolean {
  return message.ids.some((id) => log.answer?.ids.includes(id) === true);
}

/**
 * The current question had not reached the user when the message arrived: its turn was still delivering
 * on this instance, or it was stored after the message arrived (a read at arrival tells, on any instance,
 * comparing no clocks), or its replies were never confirmed as sent.
 */
export function arrivedBeforeCurrentQuestion(log: TurnLog, receipt: Receipt): boolean {
  return (
    log.pending ||
    receipt.undelivered.has(log.by) ||
    (receipt.observed !== undefined && receipt.observed.version !== log.version)
  );
}

/**
 * Another instance had stored the current question but was still sending it when the message arrived:
 * a reply typed after reading it, or a copy sent before (a double click). Only the same words as the
 * answer just recorded are taken for a copy: nobody answers the next question with them that fast.
 */
export function arrivedWhileQuestionWasSent(log: TurnLog, receipt: Receipt): boolean {
  return receipt.observed !== undefined && receipt.observed.version === log.version && receipt.observed.pending;
}

/** The message repeats, word for word, the answer that made the current version. */
export const repeatsLastAnswer = (log: TurnLog, message: IncomingMessage): boolean =>
  log.answer?.words === message.words;

export function verdictOf(log: TurnLog | undefined, message: IncomingMessage, receipt: Receipt): Verdict {
  if (!log) return 'fresh';
  if (isRedelivery(log, message)) return 'redelivered';
  if (arrivedBeforeCurrentQuestion(log, receipt)) return repeatsLastAnswer(log, message) ? 'repeated' : 'overtaken';
  return arrivedWhileQuestionWasSent(log, receipt) && repeatsLastAnswer(log, message) ? 'repeated' : 'fresh';
}

/**
 * The turn log to save at the end of a turn: a new version when the position moved, pending until the
 * turn confirms its replies went out where a save may land after its turn gave up; the previous one otherwise.
 */
export function nextTurnLog(
  previous: TurnLog | undefined,
  turn: { position: string; by: string; answer?: IncomingMessage; confirmLater: boolean },
): TurnLog {
  if (previous && previous.position === turn.position) return previous;
  return {
    version: (previous?.version ?? 0) + 1,
    position: turn.position,
    by: turn.by,
    pending: turn.confirmLater,
    answer: turn.answer,
  };
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** Where the conversation stands: every stored property but the turn log itself and the failure counts. */
export function positionOf(state: Readonly<Record<string, unknown>>): string {
  const { eTag: _eTag, turnLog: _turnLog, session, ...rest } = state;
  const counted = session && typeof session === 'object' ? { ...session, failures: undefined } : session;
  return digest(JSON.stringify({ ...rest, session: counted }));
}

/** The words of a message, as compared for «déjà noté»: its text, or what an Adaptive Card submitted. */
export function wordsOf(text: string | undefined, value: unknown): string {
  const typed = (text ?? '').trim().replace(/\s+/g, ' ').normalize('NFC');
  return digest(typed !== '' ? typed : JSON.stringify(value ?? null));
}
