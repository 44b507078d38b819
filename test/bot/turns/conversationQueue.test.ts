import { createConversationQueue } from '../../../bot/turns/conversationQueue';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createConversationQueue', () => {
  it("runs one conversation's turns one at a time, in the order they joined", async () => {
    const queue = createConversationQueue();
    const log: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const first = queue.join('c', 't1').run(async () => {
      log.push('t1 start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      log.push('t1 end');
    });
    const second = queue.join('c', 't2').run(async () => log.push('t2'));
    await tick();
    expect(log).toEqual(['t1 start']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(log).toEqual(['t1 start', 't1 end', 't2']);
    expect(queue.size).toBe(0);
  });

  it('lets other conversations through meanwhile', async () => {
    const queue = createConversationQueue();
    let releaseFirst: () => void = () => undefined;
    const first = queue.join('c1', 't1').run(() => new Promise<void>((resolve) => (releaseFirst = resolve)));
    await expect(queue.join('c2', 't2').run(async () => 'done')).resolves.toBe('done');
    await tick();
    releaseFirst();
    await first;
  });

  it('tells a turn which turns ahead had not delivered their replies when it joined', async () => {
    const queue = createConversationQueue();
    let releaseFirst: () => void = () => undefined;
    const firstPlace = queue.join('c', 't1');
    const first = firstPlace.run(() => new Promise<void>((resolve) => (releaseFirst = resolve)));
    expect([...queue.join('c', 't2').undelivered]).toEqual(['t1']);
    firstPlace.delivered();
    expect([...queue.join('c', 't3').undelivered]).toEqual(['t2']);
    await tick();
    releaseFirst();
    await first;
  });

  it('goes on after a turn that failed', async () => {
    const queue = createConversationQueue();
    const failed = queue.join('c', 't1').run(async () => {
      throw new Error('boom');
    });
    const next = queue.join('c', 't2').run(async () => 'next');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next');
  });
});
