import { agentKeyMatches, presentedKey } from '../../../bot/support/agentAuth';
import { createKeyThrottle } from '../../../bot/support/keyThrottle';

describe('agent key', () => {
  it.each([
    ['s3cret-key', 's3cret-key', true],
    ['s3cret-key', 's3cret-kez', false],
    ['s3cret-key', 's3cret', false],
    ['s3cret-key', 's3cret-key-and-more', false],
    ['s3cret-key', '', false],
    ['', '', false],
  ])('expected %p, presented %p → %p', (expected, presented, result) => {
    expect(agentKeyMatches(expected, presented)).toBe(result);
  });

  it('refuses a missing key', () => {
    expect(agentKeyMatches('s3cret-key', undefined)).toBe(false);
  });

  it.each([
    [{ authorization: 'Bearer abc' }, 'abc'],
    [{ authorization: 'bearer abc' }, 'abc'],
    [{ authorization: 'BEARER  abc ' }, 'abc'],
    [{ authorization: 'Bearerabc' }, undefined],
    [{ 'x-agent-key': 'def' }, 'def'],
    [{ authorization: 'Basic abc' }, undefined],
    [{}, undefined],
  ])('reads %p', (headers, key) => {
    expect(presentedKey(headers)).toBe(key);
  });
});

describe('failed key attempts are throttled per address', () => {
  const minute = 60_000;

  it('lets an address fail up to the limit, then makes it wait until its window ends', () => {
    const throttle = createKeyThrottle({ maxFailures: 3, windowMs: 15 * minute });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(throttle.retryAfterSeconds('10.0.0.1', 0)).toBe(0);
      throttle.recordFailure('10.0.0.1', 0);
    }
    expect(throttle.retryAfterSeconds('10.0.0.1', 1000)).toBe(15 * 60 - 1);
    expect(throttle.retryAfterSeconds('10.0.0.2', 1000)).toBe(0);
    expect(throttle.retryAfterSeconds('10.0.0.1', 15 * minute)).toBe(0);
  });

  it('starts a fresh window once the last one is over', () => {
    const throttle = createKeyThrottle({ maxFailures: 2, windowMs: minute });
    throttle.recordFailure('a', 0);
    throttle.recordFailure('a', 2 * minute);
    expect(throttle.retryAfterSeconds('a', 2 * minute)).toBe(0);
    throttle.recordFailure('a', 2 * minute + 1);
    expect(throttle.retryAfterSeconds('a', 2 * minute + 1)).toBe(60);
  });

  it('remembers a bounded number of addresses, forgetting the oldest', () => {
    const throttle = createKeyThrottle({ maxFailures: 1, windowMs: minute, maxClients: 2 });
    ['a', 'b', 'c'].forEach((client) => throttle.recordFailure(client, 0));
    expect(['a', 'b', 'c'].map((client) => throttle.retryAfterSeconds(client, 0) > 0)).toEqual([false, true, true]);
  });
});
