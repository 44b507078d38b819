import { MemoryStorage } from 'botbuilder';
import type { LRUCache } from 'lru-cache';
import { limitedCache, MemoryLimits } from './memoryLimits';

/** What MemoryStorage keeps per key (its item as JSON), boxed: lru-cache holds objects. */
type Item = { json: string };

/**
 * A plain-object view of the cache, as MemoryStorage reads and writes its `memory` record (typed as always
 * holding a string, as MemoryStorage declares it: a missing key reads undefined, as in a plain object).
 */
function recordOver(cache: LRUCache<string, Item>): Record<string, string> {
  return new Proxy<Record<string, string>>(
    {},
    {
      get: (_target, key) => (typeof key === 'string' ? cache.get(key)?.json : undefined),
      set: (_target, key, value: unknown) => {
        if (typeof key !== 'string') return false;
        // MemoryStorage deletes by writing undefined.
        if (typeof value === 'string') cache.set(key, { json: value });
        else cache.delete(key);
        return true;
      },
      has: (_target, key) => typeof key === 'string' && cache.has(key),
      deleteProperty: (_target, key) => typeof key !== 'string' || cache.delete(key) || true,
    },
  );
}

/**
 * botbuilder's MemoryStorage (its eTags, conflicts and copies) over an lru-cache, so that it has an end:
 * conversations idle past `idleMs` are dropped, and the least recently used past `maxConversations`.
 */
export class ExpiringMemoryStorage extends MemoryStorage {
  private readonly cache: LRUCache<string, Item>;

  constructor(limits: MemoryLimits) {
    const cache = limitedCache<Item>(limits);
    super(recordOver(cache));
    this.cache = cache;
  }

  /** Items kept now (expired ones left out). */
  get size(): number {
    this.cache.purgeStale();
    return this.cache.size;
  }
}
