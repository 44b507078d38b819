import { MemoryStorage, Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { FollowUpRecord, FollowUpStore } from '../../../bot/followUp/followUpStore';
import { Azurite, startAzurite } from '../state/azurite';

const record = (conversationId: string, dueOn: string): FollowUpRecord => ({
  conversationId,
  reference: { conversation: { id: conversationId }, serviceUrl: 'http://127.0.0.1:1/' },
  language: 'fr',
  followUps: [{ kind: 'ansAnswer', dueOn, status: 'pending', reference: 'DS-1' }],
});

describe.each<[string, () => Promise<{ storage: Storage; done: () => Promise<void> }>]>([
  ['MemoryStorage', async () => ({ storage: new MemoryStorage(), done: async () => undefined })],
  [
    'BlobsStorage on Azurite',
    async () => {
      const azurite: Azurite = await startAzurite();
      return { storage: new BlobsStorage(azurite.connectionString, 'followups'), done: () => azurite.stop() };
    },
  ],
])('follow-ups in %s', (_name, makeStorage) => {
  let storage: Storage;
  let done: () => Promise<void>;
  beforeAll(async () => ({ storage, done } = await makeStorage()), 30_000);
  afterAll(async () => done());

  it('claims what is due once, even with two instances processing at the same time', async () => {
    const writer = new FollowUpStore(storage);
    await writer.initialise();
    await Promise.all([
      writer.save(record('c1', '2026-12-02')),
      writer.save(record('c2', '2026-12-02')),
      writer.save(record('c3', '2026-12-09')),
    ]);
    const [first, second] = [new FollowUpStore(storage), new FollowUpStore(storage)];
    expect(await first.claimDue('2026-12-01')).toEqual([]);
    const claims = await Promise.all([first.claimDue('2026-12-02'), second.claimDue('2026-12-02')]);
    const claimedIds = claims
      .flat()
      .map((claim) => claim.record.conversationId)
      .sort();
    expect(claimedIds).toEqual(['c1', 'c2']);
    expect(await first.claimDue('2026-12-03')).toEqual([]);
    expect((await first.get('c1'))?.followUps[0]?.status).toBe('sent');
    expect((await first.get('c3'))?.followUps[0]?.status).toBe('pending');
  });

  it('keeps what is due across a restart (a new store on the same storage)', async () => {
    await new FollowUpStore(storage).save(record('c4', '2026-12-10'));
    const afterRestart = new FollowUpStore(storage);
    expect((await afterRestart.claimDue('2026-12-10')).map((claim) => claim.record.conversationId)).toEqual([
      'c3',
      'c4',
    ]);
  });

  it("replacing a conversation's follow-ups with none stops them", async () => {
    const store = new FollowUpStore(storage);
    await store.save(record('c5', '2026-12-11'));
    await store.save({ ...record('c5', '2026-12-11'), followUps: [] });
    expect(await store.claimDue('2026-12-31')).toEqual([]);
  });
});
