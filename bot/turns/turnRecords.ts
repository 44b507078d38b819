import { ActivityTypes, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { OptimisticConversationState } from '../state/optimisticConversationState';
import {
  IncomingMessage,
  nextTurnLog,
  ObservedLog,
  positionOf,
  TurnLog,
  turnLogSchema,
  Verdict,
  verdictOf,
  wordsOf,
} from './turnLog';
import { ticketOf } from './turnTicket';

const turnLogProperty = 'turnLog';

/** Logs already checked, by the stored object: a turn reads the same one two or three times. */
const checked = new WeakMap<object, TurnLog | null>();

const parseTurnLog = (value: unknown): TurnLog | undefined => {
  if (typeof value !== 'object' || value === null) return undefined; // none stored yet
  let log = checked.get(value);
  if (log === undefined) {
    const parsed = turnLogSchema.safeParse(value);
    log = parsed.success ? parsed.data : null;
    checked.set(value, log);
  }
  return log ?? undefined;
};

/** Each turn's message as compared, made once (the verdict and the save both need it; its words are a SHA-256). */
const messages = new WeakMap<TurnContext, IncomingMessage>();

/** The ids a channel gives a message: its activity id, and Web Chat's own id for a message it sends again. */
function messageOf(context: TurnContext): IncomingMessage {
  const kept = messages.get(context);
  if (kept) return kept;
  const { id, text } = context.activity;
  const channelData: unknown = context.activity.channelData;
  const value: unknown = context.activity.value;
  const clientId: unknown =
    channelData && typeof channelData === 'object' ? Reflect.get(channelData, 'clientActivityID') : undefined;
  const ids = [id, typeof clientId === 'string' ? `client:${clientId}` : undefined].filter(
    (item): item is string => typeof item === 'string' && item !== '',
  );
  const message = { ids, words: wordsOf(text, value) };
  messages.set(context, message);
  return message;
}

/** The turn log stored for the conversation right now, read past the turn's cache (version 0: none). */
export async function observeStoredLog(state: OptimisticConversationState, context: TurnContext): Promise<ObservedLog> {
  const stored = await state.readStored(context);
  const log = parseTurnLog(stored && typeof stored === 'object' ? Reflect.get(stored, turnLogProperty) : undefined);
  return { version: log?.version ?? 0, pending: log?.pending ?? false };
}

/**
 * The turn log of the conversation state: how a message compares with the question it answers, and the
 * record each turn leaves (see turnLog.ts). The bot calls it around its dialogs, its save and its replies.
 */
export class TurnRecords {
  private readonly log: StatePropertyAccessor<unknown>;

  /**
   * `savesMayLandLate`: a remote storage, where a save may be applied after its turn gave up on it; a new
   * version is then saved pending, and confirmed by a second write once its replies are out.
   */
  constructor(
    private readonly state: OptimisticConversationState,
    private readonly savesMayLandLate: boolean,
  ) {
    this.log = state.createProperty<unknown>(turnLogProperty);
  }

  /** How this message relates to the current question (before the dialogs see it). */
  async verdict(context: TurnContext): Promise<Verdict> {
    const log = parseTurnLog(await this.log.get(context));
    return verdictOf(log, messageOf(context), await ticketOf(context).receipt);
  }

  /** Before the save: a new version if the conversation moved on. */
  async beforeSave(context: TurnContext): Promise<void> {
    const state = this.state.get(context) as Readonly<Record<string, unknown>> | undefined;
    if (!state) return; // nothing loaded: nothing to save either
    const previous = parseTurnLog(await this.log.get(context));
    const answer = context.activity.type === ActivityTypes.Message ? messageOf(context) : undefined;
    const next = nextTurnLog(previous, {
      position: positionOf(state),
      by: ticketOf(context).turnId,
      answer,
      confirmLater: this.savesMayLandLate,
    });
    if (next !== previous) await this.log.set(context, next);
  }

  /** The replies are out: a version saved pending is confirmed. */
  async delivered(context: TurnContext): Promise<void> {
    await this.setPending(context, false, (log) => log.pending);
  }

  /** The replies could not be sent: the version this turn made is marked as never seen. */
  async undelivered(context: TurnContext): Promise<void> {
    const turnId = ticketOf(context).turnId;
    await this.setPending(context, true, (log) => !log.pending && log.by === turnId);
  }

  private async setPending(context: TurnContext, pending: boolean, applies: (log: TurnLog) => boolean): Promise<void> {
    const log = parseTurnLog(await this.log.get(context));
    if (!log || !applies(log)) return;
    await this.log.set(context, { ...log, pending });
    await this.state.saveChanges(context);
  }
}
