import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Constant-time key check: both sides hashed to equal lengths first, so neither length nor prefix leaks. */
export function agentKeyMatches(expected: string, presented: string | undefined): boolean {
  if (expected === '' || presented === undefined) return false;
  return timingSafeEqual(digest(expected), digest(presented));
}

/** The key from `Authorization: Bearer …` or `X-Agent-Key`. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const authorization = headers.authorization;
  if (typeof authorization === 'string' && authorization.startsWith('Bearer ')) return authorization.slice('Bearer '.length);
  const header = headers['x-agent-key'];
  return typeof header === 'string' ? header : undefined;
}
