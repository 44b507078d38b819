import type { Storage, StoreItems } from 'botbuilder';
import { LruEntries, MemoryLimits } from './memoryLimits';

interface Stored {
  /** The item as JSON, without its eTag: every read hands out a fresh copy, as botbuilder's MemoryStorage does. */
  json: string;
  eTag: string;
}

/**
 * botbuilder's MemoryStorage (the same eTag rules and conflict error), with an end: conversations idle past
 * `idleMs` are dropped, and the least recently used past `maxConversations`. It keeps each item's eTag apart
 * from its JSON, so that a conditional write does not parse the stored item again.
 */
export class ExpiringMemoryStorage implements Storage {
  private readonly items: LruEntries<Stored>;
  private eTag = 1;

  constructor(limits: MemoryLimits) {
    this.items = new LruEntries(limits);
  }

  /** Items kept now (expired ones left out). */
  get size(): number {
    return this.items.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const stored = this.items.get(key);
      const item: unknown = stored ? JSON.parse(stored.json) : undefined;
      if (stored && item && typeof item === 'object') found[key] = Object.assign(item, { eTag: stored.eTag });
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    // All or nothing, as one conflict fails the whole write.
    for (const [key, item] of Object.entries(changes)) {
      const expected: unknown = item && typeof item === 'object' ? Reflect.get(item, 'eTag') : undefined;
      const current = this.items.peek(key);
      if (current && typeof expected === 'string' && expected !== '' && expected !== '*' && expected !== current.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
    }
    for (const [key, item] of Object.entries(changes)) {
      const { eTag: _eTag, ...rest } = item && typeof item === 'object' ? item : {};
      this.items.set(key, { json: JSON.stringify(rest), eTag: String(this.eTag++) });
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }
}
