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
  log: Array<{ activity: WireActivity; size: number }>;
  logSize: number;
  /** Activities dropped from the front of the log: watermarks stay absolute. */
  dropped: number;
  lastUsed: number;
  listeners: Set<(set: ActivitySet) => void>;
}

export interface ConversationStore {
  /** A new conversation, or undefined when every place is taken by a live, started conversation. */
  create(): Conversation | undefined;
  get(id: string): Conversation | undefined;
  /** Appends (assigning `conversationId|0000042` unless the activity keeps its id, as an update does). */
  append(conversation: Conversation, activity: Record<string, unknown>, keepId?: string): WireActivity;
  since(conversation: Conversation, watermark: number): ActivitySet;
  subscribe(conversation: Conversation, listener: (set: ActivitySet) => void): () => void;
  /** Forgets every conversation idle for longer than `idleMs` now (also done on each create). */
  sweep(): void;
  readonly size: number;
}

export interface ConversationStoreOptions {
  idleMs: number;
  maxConversations: number;
  maxActivities: number;
  /** The log's budget in characters of JSON; the oldest activities go first (the newest is always kept). */
  maxLogChars?: number;
  now?: () => Date;
  /** Told of each conversation forgotten, so that what else is kept for it (bot state, streams) goes too. */
  onRemoved?: (conversationId: string) => void;
}

/** The local endpoint's conversations: bounded logs with watermarks, forgotten after `idleMs` unused. */
export function createConversationStore(options: ConversationStoreOptions): ConversationStore {
  const now = () => (options.now ?? (() => new Date()))().getTime();
  const maxLogChars = options.maxLogChars ?? 256 * 1024;
  const entries = new Map<string, Entry>();
  const idle = (entry: Entry) => now() - entry.lastUsed > options.idleMs;
  const remove = (id: string) => {
    if (!entries.delete(id)) return;
    options.onRemoved?.(id);
  };
  /** The entry if still alive, marked as used. */
  const live = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return undefined;
    if (idle(entry)) return void remove(id);
    entry.lastUsed = now();
    return entry;
  };
  const entryOf = (conversation: Conversation) => {
    const entry = live(conversation.id);
    if (!entry) throw new Error('conversation expired');
    return entry;
  };
  const sweep = () => {
    for (const [id, entry] of entries) if (idle(entry)) remove(id);
  };
  /** A place for one more: idle ones go first, then the least recently used never started (a token no page used). */
  const makeRoom = (): boolean => {
    sweep();
    if (entries.size < options.maxConversations) return true;
    const unstarted = [...entries.values()]
      .filter((entry) => !entry.conversation.started)
      .sort((a, b) => a.lastUsed - b.lastUsed)[0];
    if (unstarted) remove(unstarted.conversation.id);
    return entries.size < options.maxConversations;
  };
  return {
    create() {
      if (!makeRoom()) return undefined;
      const conversation: Conversation = {
        id: randomBytes(18).toString('base64url'),
        userId: `dl_${randomBytes(12).toString('hex')}`,
        started: false,
      };
      entries.set(conversation.id, {
        conversation,
        log: [],
        logSize: 0,
        dropped: 0,
        lastUsed: now(),
        listeners: new Set(),
      });
      return conversation;
    },
    get: (id) => live(id)?.conversation,
    append(conversation, activity, keepId) {
      const entry = entryOf(conversation);
      const sequence = entry.dropped + entry.log.length;
      const stored: WireActivity = {
        ...activity,
        id: keepId ?? `${conversation.id}|${String(sequence).padStart(7, '0')}`,
      };
      const size = JSON.stringify(stored).length;
      entry.log.push({ activity: stored, size });
      entry.logSize += size;
      while (entry.log.length > options.maxActivities || (entry.logSize > maxLogChars && entry.log.length > 1)) {
        entry.logSize -= entry.log.shift()?.size ?? 0;
        entry.dropped += 1;
      }
      const set = { activities: [stored], watermark: String(entry.dropped + entry.log.length) };
      for (const listener of entry.listeners) listener(set);
      return stored;
    },
    since(conversation, watermark) {
      const entry = entryOf(conversation);
      const start = Math.max(0, watermark - entry.dropped);
      return {
        activities: entry.log.slice(start).map((item) => item.activity),
        watermark: String(entry.dropped + entry.log.length),
      };
    },
    subscribe(conversation, listener) {
      const entry = entryOf(conversation);
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    sweep,
    get size() {
      return entries.size;
    },
  };
}
