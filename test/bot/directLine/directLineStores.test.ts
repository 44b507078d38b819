import { Conversation, ConversationStore, createConversationStore } from '../../../bot/directLine/conversations';
import { createSecretRegistry } from '../../../bot/directLine/secrets';

const clock = () => {
  let time = Date.parse('2026-03-02T09:00:00Z');
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
};

/** A new conversation, failing the test when the store has no room. */
const created = (store: ConversationStore): Conversation => {
  const conversation = store.create();
  if (!conversation) throw new Error('no room for a conversation');
  return conversation;
};

describe('conversation store', () => {
  it('keeps watermarks absolute when the log drops its oldest activities', () => {
    const store = createConversationStore({ idleMs: 60_000, maxConversations: 10, maxActivities: 3 });
    const conversation = created(store);
    const ids = ['a', 'b', 'c', 'd', 'e'].map((text) => store.append(conversation, { type: 'message', text }).id);
    expect(ids[4]).toBe(`${conversation.id}|0000004`);
    expect(store.since(conversation, 0)).toEqual({
      activities: [
        expect.objectContaining({ text: 'c' }),
        expect.objectContaining({ text: 'd' }),
        expect.objectContaining({ text: 'e' }),
      ],
      watermark: '5',
    });
    expect(store.since(conversation, 4).activities.map((activity) => activity.text)).toEqual(['e']);
    expect(store.since(conversation, 9).activities).toEqual([]);
  });

  it('keeps the id of an update and tells subscribers of each new activity', () => {
    const store = createConversationStore({ idleMs: 60_000, maxConversations: 10, maxActivities: 10 });
    const conversation = created(store);
    const seen: string[] = [];
    const unsubscribe = store.subscribe(conversation, (set) => seen.push(`${set.activities[0]?.id}@${set.watermark}`));
    const first = store.append(conversation, { type: 'message' });
    store.append(conversation, { type: 'message' }, first.id);
    unsubscribe();
    store.append(conversation, { type: 'message' });
    expect(seen).toEqual([`${first.id}@1`, `${first.id}@2`]);
  });

  it('forgets a conversation unused for longer than idleMs, not one in use', () => {
    const { now, advance } = clock();
    const store = createConversationStore({ idleMs: 60_000, maxConversations: 10, maxActivities: 10, now });
    const quiet = created(store);
    const busy = created(store);
    advance(40_000);
    store.append(busy, { type: 'message' });
    advance(40_000);
    store.create();
    expect(store.get(quiet.id)).toBeUndefined();
    expect(store.get(busy.id)).toBe(busy);
  });

  it('drops the least recently used conversation beyond maxConversations', () => {
    const { now, advance } = clock();
    const store = createConversationStore({ idleMs: 600_000, maxConversations: 2, maxActivities: 10, now });
    const first = created(store);
    advance(1);
    const second = created(store);
    advance(1);
    store.get(first.id);
    advance(1);
    store.create();
    expect([store.get(first.id), store.get(second.id)]).toEqual([first, undefined]);
  });

  it('keeps a log within its character budget, the newest activity always', () => {
    const store = createConversationStore({
      idleMs: 60_000,
      maxConversations: 10,
      maxActivities: 500,
      maxLogChars: 10_000,
    });
    const conversation = created(store);
    for (let index = 0; index < 50; index += 1) store.append(conversation, { type: 'message', text: 'x'.repeat(1000) });
    const { activities, watermark } = store.since(conversation, 0);
    expect(JSON.stringify(activities).length).toBeLessThanOrEqual(10_000);
    expect(activities.length).toBeGreaterThan(5);
    expect(watermark).toBe('50');
    store.append(conversation, { type: 'message', text: 'y'.repeat(20_000) });
    expect(store.since(conversation, 0).activities.map((activity) => String(activity.text).length)).toEqual([20_000]);
  });

  it('tells who forgets what: idle conversations on a sweep, unstarted ones to make room, never a started one', () => {
    const { now, advance } = clock();
    const removed: string[] = [];
    const store = createConversationStore({
      idleMs: 60_000,
      maxConversations: 2,
      maxActivities: 10,
      now,
      onRemoved: (id) => removed.push(id),
    });
    const started = created(store);
    started.started = true;
    const unstarted = created(store);
    advance(1);
    const next = created(store);
    next.started = true;
    expect(removed).toEqual([unstarted.id]);
    expect(store.create()).toBeUndefined();
    advance(60_001);
    store.sweep();
    expect(removed).toEqual([unstarted.id, started.id, next.id]);
    expect(store.size).toBe(0);
  });

  it('binds a dl_ user id to each conversation', () => {
    const store = createConversationStore({ idleMs: 60_000, maxConversations: 10, maxActivities: 10 });
    const [a, b] = [created(store), created(store)];
    expect(a.userId).toMatch(/^dl_[0-9a-f]{24}$/);
    expect(a.userId).not.toBe(b.userId);
    expect(a.id).not.toBe(b.id);
  });
});

describe('secret registry', () => {
  it('resolves a secret until it expires', () => {
    const { now, advance } = clock();
    const secrets = createSecretRegistry<string>({ ttlMs: 1000, max: 10, now });
    const issued = secrets.issue('conv-1');
    expect(issued).toMatchObject({ secret: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), expiresInSeconds: 1 });
    advance(999);
    expect(secrets.resolve(issued.secret)).toBe('conv-1');
    advance(1);
    expect(secrets.resolve(issued.secret)).toBeUndefined();
  });

  it('stops a revoked secret at once', () => {
    const secrets = createSecretRegistry<string>({ ttlMs: 1000, max: 10 });
    const { secret } = secrets.issue('conv-1');
    secrets.revoke(secret);
    expect([secrets.resolve(secret), secrets.remainingSeconds(secret)]).toEqual([undefined, 0]);
  });

  it('lets a taken secret work once', () => {
    const secrets = createSecretRegistry<string>({ ttlMs: 1000, max: 10 });
    const { secret } = secrets.issue('conv-1');
    expect([secrets.take(secret), secrets.take(secret)]).toEqual(['conv-1', undefined]);
  });

  it('keeps at most max secrets, the newest', () => {
    const secrets = createSecretRegistry<number>({ ttlMs: 1000, max: 2 });
    const issued = [1, 2, 3].map((value) => secrets.issue(value).secret);
    expect(issued.map((secret) => secrets.resolve(secret))).toEqual([undefined, 2, 3]);
  });
});
