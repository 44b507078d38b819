import { LRUCache } from 'lru-cache';

/** How long the memory stores keep a conversation nobody touches, and how many they keep at most. */
export interface MemoryLimits {
  /** A conversation not read or written for this long is dropped (ms). */
  idleMs: number;
  /** Past this many conversations, the least recently used go first. */
  maxConversations: number;
  /** Clock (ms); tests move it. */
  now?: () => number;
}

/**
 * An lru-cache with these limits: a read or a write keeps an entry another idle period, the idle ones are purged
 * on a timer, the least recently used go past the count. `onDrop` hears every entry that leaves (expired,
 * evicted or deleted), never one that is only replaced.
 */
export function limitedCache<V extends object>(
  limits: MemoryLimits,
  onDrop?: (value: V, key: string) => void,
): LRUCache<string, V> {
  return new LRUCache<string, V>({
    max: limits.maxConversations,
    ttl: limits.idleMs,
    updateAgeOnGet: true,
    ttlAutopurge: true,
    noDisposeOnSet: true,
    // A given clock is read at every check (lru-cache otherwise keeps its reading for 1 ms of real time).
    ...(limits.now ? { perf: { now: limits.now }, ttlResolution: 0 } : {}),
    ...(onDrop ? { dispose: onDrop } : {}),
  });
}
