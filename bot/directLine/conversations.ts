import { randomBytes } from 'node:crypto';

/** An activity as Direct Line clients receive it (JSON). */
export type WireActivity = { id: string } & Record<string, unknown>;

export interface ActivitySet {
  activities: WireActivity[];
  watermark: string;
}

export interface Conversation {
  readonly id: string;
  /** Bound when the token is generated, so a client cannot speak as another user. */
  readonly userId: string;
  locale?: string;
  started: boolean;
}

interface Entry {
  conversation: Conversation;
  log: WireActivity[];
  /** Activities dropped from the front of the log: watermarks stay absolute. */
  dropped: number;
  lastUsed: number;
  listeners: Set<(set: ActivitySet) => void>;
}

export interface ConversationStore {
  create(): Conversation;
  get(id: string): Conversation | undefined;
  /** Appends (assigning `conversationId|0000042` unless the activity keeps its id, as an update does). */
  append(conversation: Conversation, activity: Record<string, unknown>, keepId?: string): WireActivity;
  since(conversation: Conversation, watermark: number): ActivitySet;
  subscribe(conversation: Conversation, listener: (set: ActivitySet) => void): () => void;
}

export interface ConversationStoreOptions {
  idleMs: number;
  maxConversations: number;
  maxActivities: number;
  now?: () => Date;
}

/** The local endpoint's conversations: bounded logs with watermarks, forgotten after `idleMs` unused. */
export function createConversationStore(options: ConversationStoreOptions): ConversationStore {
  const now = () => (options.now ?? (() => new Date()))().getTime();
  const entries = new Map<string, Entry>();
  const idle = (entry: Entry) => now() - entry.lastUsed > options.idleMs;
  /** The entry if still alive, marked as used. */
  const live = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return undefined;
    if (idle(entry)) {
      entries.delete(id);
      return undefined;
    }
    entry.lastUsed = now();
    return entry;
  };
  const entryOf = (conversation: Conversation) => {
    const entry = live(conversation.id);
    if (!entry) throw new Error('conversation expired');
    return entry;
  };
  const makeRoom = () => {
    for (const [id, entry] of entries) if (idle(entry)) entries.delete(id);
    while (entries.size >= options.maxConversations) {
      const [oldest] = [...entries.values()].sort((a, b) => a.lastUsed - b.lastUsed);
      if (!oldest) return;
      entries.delete(oldest.conversation.id);
    }
  };
  return {
    create() {
      makeRoom();
      const conversation: Conversation = {
        id: randomBytes(18).toString('base64url'),
        userId: `dl_${randomBytes(12).toString('hex')}`,
        started: false,
      };
      entries.set(conversation.id, { conversation, log: [], dropped: 0, lastUsed: now(), listeners: new Set() });
      return conversation;
    },
    get: (id) => live(id)?.conversation,
    append(conversation, activity, keepId) {
      const entry = entryOf(conversation);
      const sequence = entry.dropped + entry.log.length;
      const stored: WireActivity = { ...activity, id: keepId ?? `${conversation.id}|${String(sequence).padStart(7, '0')}` };
      entry.log.push(stored);
      while (entry.log.length > options.maxActivities) {
        entry.log.shift();
        entry.dropped += 1;
      }
      const set = { activities: [stored], watermark: String(entry.dropped + entry.log.length) };
      for (const listener of entry.listeners) listener(set);
      return stored;
    },
    since(conversation, watermark) {
      const entry = entryOf(conversation);
      const start = Math.max(0, watermark - entry.dropped);
      return { activities: entry.log.slice(start), watermark: String(entry.dropped + entry.log.length) };
    },
    subscribe(conversation, listener) {
      const entry = entryOf(conversation);
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
  };
}
