/** How long the memory stores keep a conversation nobody touches, and how many they keep at most. */
export interface MemoryLimits {
  /** A conversation not read or written for this long is dropped (ms). */
  idleMs: number;
  /** Past this many conversations, the least recently used go first. */
  maxConversations: number;
  /** Clock (ms since the epoch); tests move it. */
  now?: () => number;
}

/**
 * Entries kept in least-recently-used order (a touch moves an entry to the end), so that the idle and the
 * surplus are always at the front: dropping them looks at those only. Nothing else about a conversation is kept.
 */
export class LruEntries<V> {
  private readonly entries = new Map<string, { value: V; touched: number }>();
  private readonly now: () => number;

  constructor(private readonly limits: MemoryLimits) {
    this.now = limits.now ?? Date.now;
  }

  get size(): number {
    this.drop();
    return this.entries.size;
  }

  /** The value, touched (it stays another idle period), or undefined when absent or expired. */
  get(key: string): V | undefined {
    this.drop();
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, { value: entry.value, touched: this.now() });
    return entry.value;
  }

  /** The value without touching it (listing, purging). */
  peek(key: string): V | undefined {
    this.drop();
    return this.entries.get(key)?.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, touched: this.now() });
    this.drop();
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Keys and values, least recently used first. */
  *[Symbol.iterator](): IterableIterator<[string, V]> {
    this.drop();
    for (const [key, { value }] of this.entries) yield [key, value];
  }

  private drop(): void {
    const oldest = this.now() - this.limits.idleMs;
    for (const [key, entry] of this.entries) {
      if (entry.touched > oldest && this.entries.size <= this.limits.maxConversations) return;
      this.entries.delete(key);
    }
  }
}
