import { randomUUID } from 'node:crypto';
import { ActivityTypes, Middleware, TurnContext } from 'botbuilder';
import { errorLogFields, Logger } from '../logger';
import type { ConversationLock, HeldLock } from '../state/blobConversationLock';
import { createConversationQueue } from './conversationQueue';
import type { ObservedLog, Receipt } from './turnLog';
import { setTicket, TurnTicket } from './turnTicket';

export interface ConversationGateOptions {
  /** Tells this process's turns from other instances' in the turn log. */
  instanceId: string;
  /**
   * The turn log stored for the conversation now, read as the activity arrives: needed only when other
   * instances share the storage (within one process the queue knows which turns were still delivering).
   */
  observeLog?(context: TurnContext): Promise<ObservedLog>;
  /** Across instances (Azure Blob storage); within one process the queue is enough. */
  lock?: ConversationLock;
  /** The turn error handler, run while the conversation is still held. */
  onError(context: TurnContext, error: Error): Promise<void>;
  logger: Logger;
}

export const conversationKeyOf = (context: TurnContext): string =>
  `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;

/**
 * Registered first: stamps each activity as it arrives (which local turns had not yet delivered their
 * replies, and the turn log stored), then lets the conversation's turns through one at a time, here and on
 * every instance. Typing indicators pass straight through: they touch no state.
 */
export class ConversationGate implements Middleware {
  private readonly queue = createConversationQueue();

  constructor(private readonly options: ConversationGateOptions) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type === ActivityTypes.Typing) return next();
    const key = conversationKeyOf(context);
    const turnId = `${this.options.instanceId}/${randomUUID()}`;
    const place = this.queue.join(key, turnId);
    const observed = this.options.observeLog
      ? this.options.observeLog(context).catch(() => undefined)
      : Promise.resolve(undefined);
    const receipt = observed.then((log): Receipt => ({ undelivered: place.undelivered, observed: log }));
    await place.run(async () => {
      let lock: HeldLock | undefined;
      try {
        lock = await this.options.lock?.acquire(key);
        setTicket(context, new TurnTicket(turnId, receipt, place.delivered, () => lock?.held() ?? true));
        await next();
      } catch (error) {
        await this.options
          .onError(context, error instanceof Error ? error : new Error(String(error)))
          .catch((failure: unknown) => {
            this.options.logger.error('turn.errorHandlerFailed', errorLogFields(failure));
          });
      } finally {
        place.delivered();
        await lock?.release();
      }
    });
  }
}
