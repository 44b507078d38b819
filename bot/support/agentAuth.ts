import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';
import { clientAddress } from '../http/clientAddress';
import type { KeyThrottle } from './keyThrottle';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time key check: both sides hashed to equal lengths first, so neither length nor prefix leaks. */
export function agentKeyMatches(expected: string, presented: string | undefined): boolean {
  if (expected === '' || presented === undefined) return false;
  return timingSafeEqual(digest(expected), digest(presented));
}

/** The key from `Authorization: Bearer …` (the scheme is case-insensitive, RFC 9110 §11.1) or `X-Agent-Key`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers.authorization;
  const bearer = typeof authorization === 'string' ? /^bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization) : null;
  if (bearer?.[1]) return bearer[1];
  const header = headers['x-agent-key'];
  return typeof header === 'string' ? header : undefined;
}

export interface KeyCheck {
  key: string;
  throttle: KeyThrottle;
  /** Reverse proxies in front (TRUST_PROXY_HOPS): behind them, the client is read from X-Forwarded-For. */
  trustedHops?: number;
  now?: () => number;
}

/**
 * Answers 429 to an address over its failed attempts (before looking at the key, so a throttled guesser
 * learns nothing), 401 to a missing or wrong key; true when the request may go on.
 */
export function authorised(req: Request, res: Response, check: KeyCheck): boolean {
  const client = clientAddress(req, check.trustedHops ?? 0);
  const now = (check.now ?? Date.now)();
  const wait = check.throttle.retryAfterSeconds(client, now);
  res.header('Cache-Control', 'no-store');
  if (wait > 0) {
    res.header('Retry-After', String(wait));
    res.send(429, { error: 'tooManyAttempts' });
    return false;
  }
  if (!agentKeyMatches(check.key, presentedKey(req.headers))) {
    check.throttle.recordFailure(client, now);
    res.header('WWW-Authenticate', 'Bearer');
    res.send(401, { error: 'unauthorized' });
    return false;
  }
  return true;
}
