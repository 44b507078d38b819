import { MemoryStorage, TestAdapter } from 'botbuilder';
import {
  OptimisticConversationState,
  StateConflictError,
  isConflict,
} from '../../../bot/state/optimisticConversationState';
import { turnOf } from './turnContexts';

describe('OptimisticConversationState on an eTag-checking storage', () => {
  it('refuses the second of two concurrent saves instead of erasing the first', async () => {
    const state = new OptimisticConversationState(new MemoryStorage());
    const adapter = new TestAdapter();
    const counter = state.createProperty<{ answers: string[] }>('session');
    const seed = turnOf(adapter, 'c1');
    await counter.set(seed, { answers: [] });
    await state.saveChanges(seed);

    const first = turnOf(adapter, 'c1');
    const second = turnOf(adapter, 'c1');
    const firstSession = await counter.get(first, { answers: [] });
    const secondSession = await counter.get(second, { answers: [] });
    firstSession.answers.push('GIE');
    secondSession.answers.push('SA07');
    await state.saveChanges(first);
    await expect(state.saveChanges(second)).rejects.toBeInstanceOf(StateConflictError);

    const reread = turnOf(adapter, 'c1');
    expect(await counter.get(reread)).toEqual({ answers: ['GIE'] });
  });

  it('saves twice in one turn without conflicting with itself', async () => {
    const state = new OptimisticConversationState(new MemoryStorage());
    const context = turnOf(new TestAdapter(), 'c2');
    const property = state.createProperty<number>('count');
    await property.set(context, 1);
    await state.saveChanges(context);
    await property.set(context, 2);
    await expect(state.saveChanges(context)).resolves.toBeUndefined();
  });

  it.each([
    [new StateConflictError('k'), true],
    [new Error('Storage: error writing "k" due to eTag conflict.'), true],
    [
      Object.assign(new Error('The condition specified using HTTP conditional header(s) is not met.'), {
        statusCode: 412,
      }),
      true,
    ],
    [new Error('connect ECONNREFUSED 127.0.0.1:10000'), false],
  ])('isConflict(%p) → %p', (error, expected) => {
    expect(isConflict(error)).toBe(expected);
  });
});
