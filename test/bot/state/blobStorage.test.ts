import { ContainerClient } from '@azure/storage-blob';
import { TestAdapter } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { createBlobDocumentStore } from '../../../bot/state/blobDocumentStore';
import { OptimisticConversationState, StateConflictError } from '../../../bot/state/optimisticConversationState';
import { recreatingStorage } from '../../../bot/state/recreateOnFailure';
import { Azurite, startAzurite } from './azurite';
import { turnOf } from './turnContexts';

const fastFailing = { storagePipelineOptions: { retryOptions: { maxTries: 1, tryTimeoutInMs: 2000 } } };

describe('Azure Blob storage, on Azurite', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  }, 30_000);
  afterAll(async () => azurite.stop());

  it('refuses a concurrent save of the same conversation (eTags on BlobsStorage)', async () => {
    const state = new OptimisticConversationState(new BlobsStorage(azurite.connectionString, 'state-conflict'));
    const adapter = new TestAdapter();
    const session = state.createProperty<string[]>('answers');
    const seed = turnOf(adapter, 'conv-a');
    await session.set(seed, []);
    await state.saveChanges(seed);
    const first = turnOf(adapter, 'conv-a');
    const second = turnOf(adapter, 'conv-a');
    (await session.get(first, []))?.push('first');
    (await session.get(second, []))?.push('second');
    await state.saveChanges(first);
    await expect(state.saveChanges(second)).rejects.toBeInstanceOf(StateConflictError);
    expect(await session.get(turnOf(adapter, 'conv-a'))).toEqual(['first']);
  });

  it('fails while the storage is down and works again once it is back', async () => {
    const storage = recreatingStorage(() => new BlobsStorage(azurite.connectionString, 'state-outage', fastFailing));
    await storage.write({ before: { value: 1 } });
    await azurite.stop();
    await expect(storage.read(['before'])).rejects.toThrow();
    await expect(storage.write({ during: { value: 2 } })).rejects.toThrow();
    await azurite.restart();
    await storage.write({ after: { value: 3 } });
    expect((await storage.read(['after'])).after).toMatchObject({ value: 3 });
  }, 60_000);

  it('serves a stored document by its token until it expires, then forgets it', async () => {
    let now = new Date('2026-11-30T10:00:00Z');
    const container = new ContainerClient(azurite.connectionString, 'documents');
    const store = createBlobDocumentStore({
      container,
      baseUrl: 'http://localhost:3978',
      ttlMs: 60_000,
      deadlineMs: 2000,
      now: () => now,
    });
    const bytes = new TextEncoder().encode('%PDF-1.7 test');
    const { token, url } = await store.put({
      bytes,
      contentType: 'application/pdf',
      fileName: 'formulaire 413 é.pdf',
      conversationId: 'conv-b',
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url).toBe(`http://localhost:3978/documents/${token}/formulaire%20413%20%C3%A9.pdf`);
    const stored = await store.get(token);
    expect(Buffer.from(stored?.bytes ?? []).toString()).toBe('%PDF-1.7 test');
    expect(stored).toMatchObject({
      contentType: 'application/pdf',
      fileName: 'formulaire 413 é.pdf',
      conversationId: 'conv-b',
    });
    expect(await store.get('x'.repeat(43))).toBeUndefined();
    now = new Date('2026-11-30T10:01:01Z');
    expect(await store.get(token)).toBeUndefined();
    expect(await container.getBlockBlobClient(token).exists()).toBe(false);
  });
});
