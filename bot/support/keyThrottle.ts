/** Failed key attempts per client address, in fixed windows; a client over the limit waits for the window's end. */
export interface KeyThrottle {
  /** Seconds the client must still wait before its key is checked again (0: it may try now). */
  retryAfterSeconds(client: string, now: number): number;
  recordFailure(client: string, now: number): void;
}

export interface KeyThrottleOptions {
  maxFailures: number;
  windowMs: number;
  /** Addresses remembered at most: memory stays bounded whatever the number of clients. */
  maxClients?: number;
}

interface Window {
  failures: number;
  endsAt: number;
}

export function createKeyThrottle({ maxFailures, windowMs, maxClients = 10_000 }: KeyThrottleOptions): KeyThrottle {
  const windows = new Map<string, Window>();
  const makeRoom = (now: number) => {
    for (const [client, window] of windows) if (window.endsAt <= now) windows.delete(client);
    // Still full: forget the oldest windows (Map keeps insertion order).
    for (const client of windows.keys()) {
      if (windows.size < maxClients) break;
      windows.delete(client);
    }
  };
  return {
    retryAfterSeconds(client, now) {
      const window = windows.get(client);
      if (!window || window.endsAt <= now || window.failures < maxFailures) return 0;
      return Math.ceil((window.endsAt - now) / 1000);
    },
    recordFailure(client, now) {
      const window = windows.get(client);
      if (window && window.endsAt > now) {
        window.failures += 1;
        return;
      }
      windows.delete(client);
      if (windows.size >= maxClients) makeRoom(now);
      windows.set(client, { failures: 1, endsAt: now + windowMs });
    },
  };
}
