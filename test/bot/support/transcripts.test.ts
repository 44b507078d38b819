import { Activity, MemoryTranscriptStore, TranscriptStore } from 'botbuilder';
import { BlobsTranscriptStore } from 'botbuilder-azure-blobs';
import { exportActivities, purgeTranscripts, readTranscript } from '../../../bot/support/transcripts';
import { Azurite, startAzurite } from '../state/azurite';

const activity = (conversationId: string, id: string, text: string, timestamp: string, role = 'user'): Activity =>
  ({
    type: 'message',
    id,
    text,
    channelId: 'directline',
    timestamp: new Date(timestamp),
    from: { id: role, name: role, role },
    recipient: { id: 'other', name: 'other' },
    conversation: { id: conversationId, name: '', isGroup: false, conversationType: 'personal' },
    serviceUrl: 'http://localhost',
  }) as Activity;

async function seed(store: TranscriptStore): Promise<void> {
  await store.logActivity(activity('old', 'o1', 'ancienne conversation 06 29 00 11 22', '2026-09-01T10:00:00Z'));
  await store.logActivity(activity('recent', 'r1', 'carte 1107463982', '2026-11-20T10:00:00Z'));
  await store.logActivity(activity('recent', 'r2', 'Merci.', '2026-11-20T10:00:05Z', 'bot'));
}

describe.each<[string, () => Promise<{ store: TranscriptStore; done: () => Promise<void> }>]>([
  ['MemoryTranscriptStore', async () => ({ store: new MemoryTranscriptStore(), done: async () => undefined })],
  [
    'BlobsTranscriptStore on Azurite',
    async () => {
      const azurite: Azurite = await startAzurite();
      return { store: new BlobsTranscriptStore(azurite.connectionString, 'transcripts'), done: () => azurite.stop() };
    },
  ],
])('transcripts in %s', (_name, makeStore) => {
  let store: TranscriptStore;
  let done: () => Promise<void>;
  beforeAll(async () => {
    ({ store, done } = await makeStore());
    await seed(store);
  }, 30_000);
  afterAll(async () => done());

  it('reads a conversation once per activity, oldest first', async () => {
    const activities = await readTranscript(store, 'directline', 'recent');
    expect(activities.map((each) => each.id)).toEqual(['r1', 'r2']);
  });

  it('masks card and phone numbers on export unless the clear export is asked', async () => {
    const activities = await readTranscript(store, 'directline', 'recent');
    expect(exportActivities(activities, { clear: false })[0]?.text).toBe('carte ••••••••82');
    expect(exportActivities(activities, { clear: true })[0]?.text).toBe('carte 1107463982');
  });

  it('deletes transcripts older than the retention period and keeps the others', async () => {
    const deleted = await purgeTranscripts(store, ['directline'], new Date('2026-11-28T00:00:00Z'), 30);
    expect(deleted).toBe(1);
    expect(await readTranscript(store, 'directline', 'old')).toEqual([]);
    expect(await readTranscript(store, 'directline', 'recent')).toHaveLength(2);
  });
});
