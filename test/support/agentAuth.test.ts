import { agentKeyMatches, presentedKey } from '../../bot/support/agentAuth';

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
    [{ 'x-agent-key': 'def' }, 'def'],
    [{ authorization: 'Basic abc' }, undefined],
    [{}, undefined],
  ])('reads %p', (headers, key) => {
    expect(presentedKey(headers)).toBe(key);
  });
});
