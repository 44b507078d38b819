import { calculateChangeHash, ConversationState, StoreItem, TurnContext } from 'botbuilder';

/** Thrown when another turn (here or on another instance) saved the conversation first. */
export class StateConflictError extends Error {
  constructor(readonly key: string) {
    super(`state conflict on ${key}`);
  }
}

const conflictPattern = /etag conflict|precondition|ConditionNotMet/i;
export const isConflict = (error: unknown): boolean =>
  error instanceof StateConflictError ||
  (error instanceof Error && (conflictPattern.test(error.message) || Reflect.get(error, 'statusCode') === 412));

interface CachedState {
  state: StoreItem;
  hash: string;
}
const isCachedState = (value: unknown): value is CachedState =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'state') === 'object';

/**
 * Conversation state saved with the eTag it was read with. botbuilder's BotState always writes `*` (last
 * writer wins, by design): here a concurrent turn's save makes this one fail with StateConflictError.
 */
export class OptimisticConversationState extends ConversationState {
  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const stateKey: unknown = Reflect.get(this, 'stateKey');
    const cached: unknown = context.turnState.get(stateKey);
    if (!isCachedState(cached)) return super.saveChanges(context, force);
    // Hashed once: the hash leaves out the eTag, the only thing the write below changes.
    const hash = calculateChangeHash(cached.state);
    if (!force && cached.hash === hash) return;
    const key = await this.storageKey(context);
    const readETag = typeof cached.state.eTag === 'string' ? cached.state.eTag : undefined;
    try {
      // No eTag yet (first save) writes unconditionally, as BotState does.
      await this.storage.write({ [key]: { ...cached.state, eTag: readETag ?? '*' } });
    } catch (error) {
      if (isConflict(error)) throw new StateConflictError(key);
      throw error;
    }
    // A second save in the same turn must not conflict with the first one.
    cached.state.eTag = '*';
    cached.hash = hash;
  }
}
