import {
  Activity,
  ActivityTypes,
  MemoryStorage,
  MemoryTranscriptStore,
  Storage,
  TestAdapter,
  TranscriptStore,
} from 'botbuilder';
import { ExpiringMemoryStorage } from '../../../bot/state/expiringMemoryStorage';
import { ExpiringTranscriptStore } from '../../../bot/state/expiringTranscriptStore';
import { OptimisticConversationState } from '../../../bot/state/optimisticConversationState';
import { turnOf } from './turnContexts';

const minute = 60_000;

/** A clock the test moves by hand. */
function clock(start = Date.UTC(2026, 11, 2, 9, 0)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

/** Reads, writes (plain, conditional, `*`), a conflict and a delete, with what each returned or threw. */
async function storageScript(storage: Storage): Promise<unknown[]> {
  const outcome = (work: Promise<unknown>) =>
    work.then(
      (value) => ({ value }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : error }),
    );
  const steps: unknown[] = [];
  steps.push(await outcome(storage.read(['a'])));
  steps.push(await outcome(storage.write({ a: { answers: ['GIE'] } })));
  const first = await storage.read(['a']);
  steps.push(first);
  steps.push(await outcome(storage.write({ a: { answers: ['GIE', 'SA07'], eTag: first.a.eTag } })));
  steps.push(await outcome(storage.write({ a: { answers: ['stale'], eTag: first.a.eTag } })));
  steps.push(await outcome(storage.write({ a: { answers: ['forced'], eTag: '*' }, b: { n: 1, eTag: '' } })));
  const read = await storage.read(['a', 'b', 'c']);
  steps.push(read);
  read.a.answers.push('changed by a caller');
  steps.push(await storage.read(['a']));
  steps.push(await outcome(storage.delete(['a'])));
  steps.push(await storage.read(['a', 'b']));
  return steps;
}

describe('ExpiringMemoryStorage', () => {
  it("keeps botbuilder MemoryStorage's reads, eTags, conflicts and copies", async () => {
    const limits = { idleMs: 60 * minute, maxConversations: 100 };
    expect(await storageScript(new ExpiringMemoryStorage(limits))).toEqual(await storageScript(new MemoryStorage()));
  });

  it('drops a conversation nobody read or wrote for the idle time; one still in use stays', async () => {
    const time = clock();
    const storage = new ExpiringMemoryStorage({ idleMs: 30 * minute, maxConversations: 100, now: time.now });
    await storage.write({ idle: { n: 1 }, active: { n: 2 } });
    time.advance(29 * minute);
    expect(Object.keys(await storage.read(['active']))).toEqual(['active']);
    time.advance(2 * minute);
    expect(await storage.read(['idle', 'active'])).toMatchObject({ active: { n: 2 } });
    expect(Object.keys(await storage.read(['idle']))).toEqual([]);
    time.advance(30 * minute + 1);
    expect(await storage.read(['active'])).toEqual({});
    expect(storage.size).toBe(0);
  });

  it('keeps at most maxConversations, dropping the least recently used', async () => {
    const storage = new ExpiringMemoryStorage({ idleMs: 60 * minute, maxConversations: 3 });
    await storage.write({ c1: { n: 1 }, c2: { n: 2 }, c3: { n: 3 } });
    await storage.read(['c1']);
    await storage.write({ c4: { n: 4 } });
    expect(Object.keys(await storage.read(['c1', 'c2', 'c3', 'c4']))).toEqual(['c1', 'c3', 'c4']);
    expect(storage.size).toBe(3);
  });
});

/** Activities of two conversations on two channels, logged out of time order, with ids to page by. */
function activities(): Activity[] {
  const made: Activity[] = [];
  for (let index = 0; index < 47; index += 1) {
    const conversation = index % 3 === 0 ? 'other' : 'c1';
    const channelId = index % 7 === 0 ? 'msteams' : 'directline';
    // Every fifth activity is logged late (an older timestamp than the one before).
    const timestamp = new Date(Date.UTC(2026, 11, 2, 9, 0, index % 5 === 0 ? index - 3 : index));
    made.push({
      type: ActivityTypes.Message,
      id: `a${index}`,
      channelId,
      conversation: { id: conversation },
      from: { id: 'u' },
      text: `m${index}`,
      timestamp,
    } as Activity);
  }
  return made;
}

/** Every page of a conversation and of the channel's list, as ids, the way readers page through them. */
async function pages(store: TranscriptStore): Promise<unknown> {
  for (const activity of activities()) await store.logActivity(activity);
  const read: string[][] = [];
  for (const [channelId, conversationId] of [
    ['directline', 'c1'],
    ['directline', 'other'],
    ['msteams', 'other'],
    ['webchat', 'c1'],
  ] as const) {
    let token: string | undefined;
    do {
      const page = await store.getTranscriptActivities(channelId, conversationId, token);
      read.push(page.items.map((activity) => `${activity.id}@${new Date(activity.timestamp ?? 0).toISOString()}`));
      token = page.continuationToken || undefined;
    } while (token);
  }
  const since = await store.getTranscriptActivities(
    'directline',
    'c1',
    undefined,
    new Date(Date.UTC(2026, 11, 2, 9, 0, 30)),
  );
  const listed = await store.listTranscripts('directline');
  await store.deleteTranscript('directline', 'other');
  const afterDelete = await store.listTranscripts('directline');
  return {
    read,
    since: since.items.map((activity) => activity.id),
    listed: listed.items.map(({ id, created }) => [id, created]),
    afterDelete: afterDelete.items.map(({ id }) => id),
  };
}

describe('ExpiringTranscriptStore', () => {
  it("pages, sorts, filters, lists and deletes as botbuilder's MemoryTranscriptStore", async () => {
    expect(await pages(new ExpiringTranscriptStore({ idleMs: 60 * minute, maxConversations: 100 }))).toEqual(
      await pages(new MemoryTranscriptStore()),
    );
  });

  it('hands back what was logged, dates as Dates', async () => {
    const store = new ExpiringTranscriptStore({ idleMs: 60 * minute, maxConversations: 100 });
    const [activity] = activities();
    if (!activity) throw new Error('no activity');
    await store.logActivity(activity);
    const [read] = (await store.getTranscriptActivities(activity.channelId, activity.conversation.id)).items;
    expect(read?.timestamp).toBeInstanceOf(Date);
    expect(read).toEqual(activity);
  });

  it('drops an idle conversation, keeps one that goes on, and keeps at most maxConversations', async () => {
    const time = clock();
    const store = new ExpiringTranscriptStore({ idleMs: 30 * minute, maxConversations: 2, now: time.now });
    const log = (conversation: string) =>
      store.logActivity({
        type: ActivityTypes.Message,
        id: `${conversation}-${time.now()}`,
        channelId: 'directline',
        conversation: { id: conversation },
        timestamp: new Date(time.now()),
      } as Activity);
    await log('idle');
    await log('active');
    time.advance(20 * minute);
    await log('active');
    time.advance(20 * minute);
    expect((await store.listTranscripts('directline')).items.map((info) => info.id)).toEqual(['active']);
    await log('second');
    await log('third');
    expect((await store.listTranscripts('directline')).items.map((info) => info.id)).toEqual(['second', 'third']);
  });
});

describe('what an instance remembers of the conversations it saw stored', () => {
  it('forgets a conversation once it has not been seen for rememberMs', async () => {
    const time = clock();
    const storage = new MemoryStorage();
    const state = new OptimisticConversationState(storage, { rememberMs: 60 * minute, now: time.now });
    const adapter = new TestAdapter();
    const turn = turnOf(adapter, 'c1');
    await state.createProperty<number>('count').set(turn, 1);
    await state.saveChanges(turn);
    expect(await state.seenStoredBefore(turnOf(adapter, 'c1'))).toBe(true);
    time.advance(59 * minute);
    await state.load(turnOf(adapter, 'c1'));
    time.advance(59 * minute);
    expect(await state.seenStoredBefore(turnOf(adapter, 'c1'))).toBe(true);
    time.advance(2 * minute);
    expect(await state.seenStoredBefore(turnOf(adapter, 'c1'))).toBe(false);
    expect(state.rememberedCount).toBe(0);
  });
});
