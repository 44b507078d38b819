import { ActivityTypes, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { OptimisticConversationState } from '../state/optimisticConversationState';
import { IncomingMessage, nextTurnLog, ObservedLog, positionOf, TurnLog, turnLogSchema, Verdict, verdictOf, wordsOf } from './turnLog';
import { ticketOf } from './turnTicket';

const turnLogProperty = 'turnLog';

const parseTurnLog = (value: unknown): TurnLog | undefined => {
  const parsed = turnLogSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/** The ids a channel gives a message: its activity id, and Web Chat's own id for a message it sends again. */
function messageOf(context: TurnContext): IncomingMessage {
  const { id, channelData, text, value } = context.activity;
  const clientId: unknown = channelData && typeof channelData === 'object' ? Reflect.get(channelData, 'clientActivityID') : undefined;
  const ids = [id, typeof clientId === 'string' ? `client:${clientId}` : undefined].filter((item): item is string => typeof item === 'string' && item !== '');
  return { ids, words: wordsOf(text, value) };
}

/** The turn log stored for the conversation right now, read past the turn's cache (version 0: none). */
export async function observeStoredLog(state: OptimisticConversationState, context: TurnContext): Promise<ObservedLog> {
  const stored = await state.readStored(context);
  const log = parseTurnLog(stored && typeof stored === 'object' ? Reflect.get(stored, turnLogProperty) : undefined);
  return { version: log?.version ?? 0, pending: log?.pending ?? false };
}

/**
 * The turn log of the conversation state: how a message compares with the question it answers, and the
 * record each turn leaves (see turnLog.ts). The bot calls it around its dialogs and its save.
 */
export class TurnRecords {
  private readonly log: StatePropertyAccessor<unknown>;

  constructor(private readonly state: OptimisticConversationState) {
    this.log = state.createProperty<unknown>(turnLogProperty);
  }

  /** How this message relates to the current question (before the dialogs see it). */
  async verdict(context: TurnContext): Promise<Verdict> {
    const log = parseTurnLog(await this.log.get(context));
    return verdictOf(log, messageOf(context), await ticketOf(context).receipt);
  }

  /** Before the save: a new version if the conversation moved on; true when the save must then be confirmed. */
  async beforeSave(context: TurnContext): Promise<boolean> {
    const state = this.state.get(context);
    if (!state) return false; // nothing loaded: nothing to save either
    const previous = parseTurnLog(await this.log.get(context));
    const isMessage = context.activity.type === ActivityTypes.Message;
    const next = nextTurnLog(previous, { position: positionOf(state), by: ticketOf(context).turnId, answer: isMessage ? messageOf(context) : undefined });
    if (next !== previous) await this.log.set(context, next);
    return next.pending;
  }

  /** The replies of the saved version are out (its save went through in time). */
  async confirm(context: TurnContext): Promise<void> {
    const log = parseTurnLog(await this.log.get(context));
    if (!log?.pending) return;
    await this.log.set(context, { ...log, pending: false });
    await this.state.saveChanges(context);
  }
}
