import { nextTurnLog, positionOf, Receipt, TurnLog, verdictOf, Verdict, wordsOf } from '../../../bot/turns/turnLog';

const martin = { ids: ['activity-1'], words: wordsOf('MARTIN', undefined) };
/** The turn log after «MARTIN» was recorded as the admin's name by turn `a/1`, confirmed. */
const recorded: TurnLog = { version: 7, position: 'after-name', by: 'a/1', pending: false, answer: martin };
const seenByAll: Receipt = { undelivered: new Set(), observed: { version: 7, pending: false } };
/** Another instance had stored the answer and was sending the next question when the message arrived. */
const whileSending: Receipt = { undelivered: new Set(), observed: { version: 7, pending: true } };

describe('verdictOf: is a message an answer to the question now asked?', () => {
  it.each<[string, TurnLog | undefined, { ids: string[]; words: string }, Receipt, Verdict]>([
    ['no turn recorded yet (a new conversation)', undefined, martin, seenByAll, 'fresh'],
    [
      'arrived after the question was stored and delivered',
      recorded,
      { ids: ['activity-2'], words: wordsOf('Jean', undefined) },
      seenByAll,
      'fresh',
    ],
    [
      'the same words, sent after seeing the question (a Martin called Martin)',
      recorded,
      { ids: ['activity-2'], words: martin.words },
      seenByAll,
      'fresh',
    ],
    [
      'the very same activity delivered again by the channel',
      recorded,
      { ids: ['activity-1'], words: martin.words },
      seenByAll,
      'redelivered',
    ],
    [
      'the same Web Chat message sent again (same client id)',
      { ...recorded, answer: { ids: ['x', 'client:c1'], words: martin.words } },
      { ids: ['y', 'client:c1'], words: martin.words },
      seenByAll,
      'redelivered',
    ],
    [
      'a copy arrived while the turn that recorded the answer was still delivering here',
      recorded,
      { ids: ['activity-2'], words: martin.words },
      { undelivered: new Set(['a/1']), observed: { version: 6, pending: false } },
      'repeated',
    ],
    [
      'a copy that another instance received before the answer was stored',
      recorded,
      { ids: ['activity-2'], words: martin.words },
      { undelivered: new Set(), observed: { version: 6, pending: false } },
      'repeated',
    ],
    [
      'another message received before the answer was stored',
      recorded,
      { ids: ['activity-2'], words: wordsOf('DURAND', undefined) },
      { undelivered: new Set(), observed: { version: 6, pending: false } },
      'overtaken',
    ],
    [
      'a message after a save that was never confirmed (its turn gave up)',
      { ...recorded, pending: true },
      { ids: ['activity-2'], words: wordsOf('Jean', undefined) },
      seenByAll,
      'overtaken',
    ],
    [
      'the retry of an answer whose save landed after its turn gave up',
      { ...recorded, pending: true },
      { ids: ['activity-2'], words: martin.words },
      seenByAll,
      'repeated',
    ],
    [
      'the storage could not be read at arrival: only what this instance knows counts',
      recorded,
      { ids: ['activity-2'], words: wordsOf('Jean', undefined) },
      { undelivered: new Set() },
      'fresh',
    ],
    [
      'a copy that arrived while another instance was sending the next question',
      recorded,
      { ids: ['activity-2'], words: martin.words },
      whileSending,
      'repeated',
    ],
    [
      'another message that arrived while another instance was sending the next question: an answer to it',
      recorded,
      { ids: ['activity-2'], words: wordsOf('Jean', undefined) },
      whileSending,
      'fresh',
    ],
    [
      'a turn still delivering here, but not the one that made the current version',
      recorded,
      { ids: ['activity-2'], words: wordsOf('Jean', undefined) },
      { undelivered: new Set(['a/2']), observed: { version: 7, pending: false } },
      'fresh',
    ],
  ])('%s', (_case, log, message, receipt, expected) => {
    expect(verdictOf(log, message, receipt)).toBe(expected);
  });
});

describe('nextTurnLog', () => {
  it('starts at version 1, pending where saves are confirmed later, with the message that made it', () => {
    expect(nextTurnLog(undefined, { position: 'p1', by: 'a/1', answer: martin, confirmLater: true })).toEqual({
      version: 1,
      position: 'p1',
      by: 'a/1',
      pending: true,
      answer: martin,
    });
    expect(nextTurnLog(undefined, { position: 'p1', by: 'a/1', answer: martin, confirmLater: false })).toMatchObject({
      version: 1,
      pending: false,
    });
  });
  it('keeps the version (and whether it is confirmed) when the conversation did not move: help, a wrong answer', () => {
    expect(
      nextTurnLog(recorded, {
        position: 'after-name',
        by: 'b/9',
        answer: { ids: ['z'], words: 'w' },
        confirmLater: true,
      }),
    ).toBe(recorded);
  });
  it('makes a new pending version when it moved', () => {
    expect(nextTurnLog(recorded, { position: 'after-first-name', by: 'b/9', confirmLater: true })).toMatchObject({
      version: 8,
      by: 'b/9',
      pending: true,
      answer: undefined,
    });
  });
});

describe('positionOf and wordsOf', () => {
  const state = {
    session: { answers: { 'admin1.nom': 'MARTIN' }, failures: { 'admin[1].prenom': 1 } },
    dialogState: { dialogStack: [{ id: 'main' }] },
    turnLog: recorded,
    eTag: '12',
  };
  it('ignores failure counts, the turn log and the eTag', () => {
    const other = {
      ...state,
      session: { ...state.session, failures: {} },
      turnLog: { ...recorded, version: 9 },
      eTag: '13',
    };
    expect(positionOf(other)).toBe(positionOf(state));
  });
  it('changes with an answer or the dialog stack', () => {
    expect(positionOf({ ...state, session: { ...state.session, answers: {} } })).not.toBe(positionOf(state));
    expect(positionOf({ ...state, dialogState: { dialogStack: [] } })).not.toBe(positionOf(state));
  });
  it.each([
    ['  MARTIN ', 'MARTIN', true],
    ['Jean  Pierre', 'Jean Pierre', true],
    ['MARTIN', 'Martin', false],
  ])('wordsOf(%p) = wordsOf(%p): %p', (a, b, same) => {
    expect(wordsOf(a, undefined) === wordsOf(b, undefined)).toBe(same);
  });
  it('compares what an Adaptive Card submitted when there is no text', () => {
    expect(wordsOf('', { answer: 'dmp' })).toBe(wordsOf(undefined, { answer: 'dmp' }));
    expect(wordsOf('', { answer: 'dmp' })).not.toBe(wordsOf('', { answer: 'insi' }));
  });
});
