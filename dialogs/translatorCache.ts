import type { TFunction } from 'i18next';

/** Frozen all the way down: a cached vocabulary is shared by every turn, no caller may change it. */
function deepFreeze<V>(value: V): V {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Memoises what is built from a translator's strings, per translator and key: translatorFor keeps one
 * translator per language and the locale files are read once, so a cached value never goes stale
 * (i18next `returnObjects` look-ups were rebuilt several times per turn).
 */
export function perTranslator<V>(build: (t: TFunction, key: string) => V): (t: TFunction, key: string) => V {
  const caches = new WeakMap<TFunction, Map<string, V>>();
  return (t, key) => {
    let cache = caches.get(t);
    if (!cache) caches.set(t, (cache = new Map()));
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const value = deepFreeze(build(t, key));
    cache.set(key, value);
    return value;
  };
}
