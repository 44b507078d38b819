import { emptySession, readSession } from '../../dialogs/session';

describe('reading the stored session', () => {
  it('gives every caller its own copy, checked once', () => {
    const stored = { answers: { risController: 'gie' }, failures: { finess: 1 } };
    const first = readSession(stored);
    first.answers.risController = 'liberal';
    first.failures.finess = 2;
    const second = readSession(stored);
    expect(second.answers.risController).toBe('gie');
    expect(second.failures.finess).toBe(1);
    const again = readSession(first);
    again.answers.sectorCode = 'SA08';
    expect(first.answers.sectorCode).toBeUndefined();
  });

  it('restarts cleanly from a session written by an older version or corrupted', () => {
    expect(readSession({ answers: 'not answers' })).toEqual(emptySession());
    expect(readSession(undefined)).toEqual(emptySession());
  });
});
