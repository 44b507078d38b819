import { ConversationState, Storage, StoreItem, TurnContext } from 'botbuilder';
import type { LRUCache } from 'lru-cache';
import { limitedCache } from './memoryLimits';

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

/** How many conversations one instance remembers having seen stored (to tell a lost one from a new one). */
const rememberedConversations = 10_000;

/**
 * What the save compares: the state as JSON without its eTag (botbuilder's calculateChangeHash does the same
 * through a replacer that guards against cycles and class instances, which stored state never holds: 4x slower).
 */
function changeHash(state: StoreItem): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

export interface RememberOptions {
  /** How long a conversation seen stored is remembered after it was last seen (default 30 days). */
  rememberMs?: number;
  now?: () => number;
}

/**
 * Conversation state saved with the eTag it was read with. botbuilder's BotState always writes `*` (last
 * writer wins, by design): here a concurrent turn's save makes this one fail with StateConflictError.
 */
export class OptimisticConversationState extends ConversationState {
  /** Keys this instance has read or written stored state for, least recently seen first; each forgotten in time. */
  private readonly seenStored: LRUCache<string, { seen: true }>;

  constructor(storage: Storage, options: RememberOptions = {}) {
    super(storage);
    this.seenStored = limitedCache<{ seen: true }>({
      idleMs: options.rememberMs ?? 30 * 24 * 3_600_000,
      maxConversations: rememberedConversations,
      now: options.now,
    });
  }

  /** BotState's load, with the cheaper change hash. */
  override async load(context: TurnContext, force = false): Promise<StoreItem> {
    const stateKey: unknown = Reflect.get(this, 'stateKey');
    const cached: unknown = context.turnState.get(stateKey);
    if (!force && isCachedState(cached)) return cached.state;
    const key = await this.storageKey(context);
    const stored: unknown = (await this.storage.read([key]))[key];
    const state: StoreItem = stored && typeof stored === 'object' ? stored : {};
    context.turnState.set(stateKey, { state, hash: changeHash(state) } satisfies CachedState);
    if (typeof state.eTag === 'string') this.remember(key);
    return state;
  }

  override async saveChanges(context: TurnContext, force = false): Promise<void> {
    const stateKey: unknown = Reflect.get(this, 'stateKey');
    const cached: unknown = context.turnState.get(stateKey);
    if (!isCachedState(cached)) return super.saveChanges(context, force);
    // Hashed once: the hash leaves out the eTag, the only thing the write below changes.
    const hash = changeHash(cached.state);
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
    this.remember(key);
  }

  /** The stored state as it is now, past this turn's cache (undefined: nothing stored). */
  async readStored(context: TurnContext): Promise<StoreItem | undefined> {
    const key = await this.storageKey(context);
    return (await this.storage.read([key]))[key] as StoreItem | undefined;
  }

  /** Whether this turn loaded state that was stored (false for a conversation the storage does not know). */
  loadedStored(context: TurnContext): boolean {
    const cached: unknown = context.turnState.get(Reflect.get(this, 'stateKey'));
    return isCachedState(cached) && typeof cached.state.eTag === 'string';
  }

  /** Whether this instance has seen stored state for the conversation (in its last 10,000 conversations, within `rememberMs`). */
  async seenStoredBefore(context: TurnContext): Promise<boolean> {
    return this.seenStored.has(await this.storageKey(context));
  }

  /** Conversations remembered now (for tests: none is kept past `rememberMs`). */
  get rememberedCount(): number {
    this.seenStored.purgeStale();
    return this.seenStored.size;
  }

  private remember(key: string): void {
    this.seenStored.set(key, { seen: true });
  }
}
