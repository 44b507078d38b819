export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one call for `key` (a client address) and says whether it is within the limit. */
  take(key: string): RateDecision;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  /** Addresses remembered at most: the oldest windows are forgotten first, so memory stays bounded. */
  maxKeys?: number;
  now?: () => Date;
}

/** At most `limit` calls per key in each fixed window of `windowMs`. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? (() => new Date());
  const maxKeys = options.maxKeys ?? 10_000;
  // Insertion order is window order: a key is moved to the end when its new window starts.
  const windows = new Map<string, { startedAt: number; count: number }>();
  const forgetOld = (time: number) => {
    for (const [key, window] of windows) {
      if (time - window.startedAt < options.windowMs && windows.size <= maxKeys) break;
      windows.delete(key);
    }
  };
  return {
    take(key) {
      const time = now().getTime();
      let window = windows.get(key);
      if (!window || time - window.startedAt >= options.windowMs) {
        windows.delete(key);
        window = { startedAt: time, count: 0 };
        windows.set(key, window);
        forgetOld(time);
      }
      window.count += 1;
      if (window.count <= options.limit) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + options.windowMs - time) / 1000)),
      };
    },
  };
}
