import { randomBytes } from 'node:crypto';

export interface IssuedSecret {
  secret: string;
  expiresAt: Date;
  expiresInSeconds: number;
}

export interface SecretRegistry<T> {
  issue(value: T): IssuedSecret;
  /** The value while the secret is valid. */
  resolve(secret: string): T | undefined;
  /** Like resolve, but the secret works once (WebSocket stream tickets). */
  take(secret: string): T | undefined;
  /** Seconds the secret still works (0 once expired or unknown). */
  remainingSeconds(secret: string): number;
  /** The secret stops working now (a refreshed token replaces the old one). */
  revoke(secret: string): void;
}

/** Random bearer secrets (256 bits) with one lifetime; expired and surplus ones are dropped oldest first. */
export function createSecretRegistry<T>(options: { ttlMs: number; max: number; now?: () => Date }): SecretRegistry<T> {
  const now = options.now ?? (() => new Date());
  const entries = new Map<string, { value: T; expiresAt: number }>();
  const purge = () => {
    const time = now().getTime();
    for (const [secret, entry] of entries) {
      if (entry.expiresAt > time && entries.size <= options.max) break;
      entries.delete(secret);
    }
  };
  const resolve = (secret: string) => {
    purge();
    const entry = entries.get(secret);
    return entry && entry.expiresAt > now().getTime() ? entry.value : undefined;
  };
  return {
    issue(value) {
      const secret = randomBytes(32).toString('base64url');
      const expiresAt = now().getTime() + options.ttlMs;
      entries.set(secret, { value, expiresAt });
      purge();
      return { secret, expiresAt: new Date(expiresAt), expiresInSeconds: Math.round(options.ttlMs / 1000) };
    },
    resolve,
    take(secret) {
      const value = resolve(secret);
      entries.delete(secret);
      return value;
    },
    remainingSeconds(secret) {
      const entry = resolve(secret) === undefined ? undefined : entries.get(secret);
      return entry ? Math.max(0, Math.round((entry.expiresAt - now().getTime()) / 1000)) : 0;
    },
    revoke(secret) {
      entries.delete(secret);
    },
  };
}
