import { BlobServiceClient, ContainerClient } from '@azure/storage-blob';
import type { Activity } from 'botbuilder';
import { BlobsStorage, BlobsTranscriptStore } from 'botbuilder-azure-blobs';
import { createBlobConversationLock } from '../../../bot/state/blobConversationLock';
import { createBlobDocumentStore } from '../../../bot/state/blobDocumentStore';
import { deadlineStorage, deadlineTranscriptStore } from '../../../bot/state/deadlineStores';
import { recreatingStorage, recreatingTranscriptStore } from '../../../bot/state/recreateOnFailure';
import { StorageTimeoutError } from '../../../bot/state/storageErrors';
import { Azurite, startAzurite } from './azurite';

const deadlineMs = 1000;
const pipeline = { retryOptions: { maxTries: 1 } };
const pdf = {
  bytes: new TextEncoder().encode('%PDF-1.7 test'),
  contentType: 'application/pdf',
  fileName: 'formulaire.pdf',
  conversationId: 'c',
};

async function deleteEveryContainer(connectionString: string): Promise<void> {
  const service = BlobServiceClient.fromConnectionString(connectionString);
  for await (const container of service.listContainers()) await service.deleteContainer(container.name);
}

const message = (id: string): Activity => ({
  type: 'message',
  id,
  text: 'bonjour',
  channelId: 'test',
  serviceUrl: 'http://localhost',
  conversation: { id: 'conv', isGroup: false, conversationType: 'personal', name: '' },
  from: { id: 'user', role: 'user', name: '' },
  recipient: { id: 'bot', role: 'bot', name: '' },
  timestamp: new Date(),
  localTimezone: '',
  callerId: '',
  label: '',
  valueType: '',
  listenFor: [],
});

describe('Azure Blob stores heal by themselves (Azurite)', () => {
  let azurite: Azurite;
  beforeAll(async () => {
    azurite = await startAzurite();
  }, 30_000);
  afterAll(async () => azurite.stop());

  const documentStore = () =>
    createBlobDocumentStore({
      container: new ContainerClient(azurite.connectionString, 'documents-heal', pipeline),
      baseUrl: 'http://localhost',
      ttlMs: 60_000,
      deadlineMs,
    });

  it('a document store whose first access failed (storage killed) works once the storage is back', async () => {
    const store = documentStore();
    await azurite.kill();
    await expect(store.put(pdf)).rejects.toThrow();
    await expect(store.get('x'.repeat(43))).rejects.toThrow();
    await azurite.restart();
    const { token } = await store.put(pdf);
    expect(Buffer.from((await store.get(token))?.bytes ?? []).toString()).toBe('%PDF-1.7 test');
  }, 60_000);

  it('documents, state and transcripts work again after the storage lost its containers', async () => {
    const documents = documentStore();
    const state = recreatingStorage(() =>
      deadlineStorage(
        new BlobsStorage(azurite.connectionString, 'state-heal', { storagePipelineOptions: pipeline }),
        deadlineMs,
      ),
    );
    const transcripts = recreatingTranscriptStore(() =>
      deadlineTranscriptStore(
        new BlobsTranscriptStore(azurite.connectionString, 'transcripts-heal', { storagePipelineOptions: pipeline }),
        deadlineMs,
      ),
    );
    const before = await documents.put(pdf);
    await state.write({ before: { value: 1 } });
    await transcripts.logActivity(message('m1'));

    await deleteEveryContainer(azurite.connectionString);

    expect(await documents.get(before.token)).toBeUndefined();
    const after = await documents.put(pdf);
    expect((await documents.get(after.token))?.fileName).toBe('formulaire.pdf');
    expect(await state.read(['before'])).toEqual({});
    await state.write({ after: { value: 2 } });
    expect((await state.read(['after'])).after).toMatchObject({ value: 2 });
    await transcripts.logActivity(message('m2'));
    expect((await transcripts.getTranscriptActivities('test', 'conv')).items.map((activity) => activity.id)).toEqual([
      'm2',
    ]);
  }, 60_000);

  it('a paused storage fails each call at its deadline, and serves again once resumed', async () => {
    const state = recreatingStorage(() =>
      deadlineStorage(
        new BlobsStorage(azurite.connectionString, 'state-pause', { storagePipelineOptions: pipeline }),
        deadlineMs,
      ),
    );
    const documents = documentStore();
    await state.write({ k: { value: 1 } });
    azurite.pause();
    try {
      await expect(state.read(['k'])).rejects.toBeInstanceOf(StorageTimeoutError);
      await expect(documents.put(pdf)).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      azurite.resume();
    }
    expect((await state.read(['k'])).k).toMatchObject({ value: 1 });
  }, 60_000);

  it('lets one turn at a time hold a conversation, and remakes its lock after the containers are gone', async () => {
    const lock = createBlobConversationLock({
      container: new ContainerClient(azurite.connectionString, 'state-lock', pipeline),
      deadlineMs,
    });
    const order: string[] = [];
    const first = await lock.acquire('test/conversations/c1');
    const second = lock.acquire('test/conversations/c1').then((held) => {
      order.push('second acquired');
      return held;
    });
    const other = await lock.acquire('test/conversations/c2');
    order.push('first releases');
    await first.release();
    await (await second).release();
    await other.release();
    expect(order).toEqual(['first releases', 'second acquired']);

    await deleteEveryContainer(azurite.connectionString);
    const again = await lock.acquire('test/conversations/c1');
    expect(again.held()).toBe(true);
    await again.release();
  }, 60_000);
});
