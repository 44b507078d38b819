import { MemoryStorage, MemoryTranscriptStore, Storage, TranscriptStore } from 'botbuilder';
import { createMemoryDocumentStore, DocumentStore } from '../documentStore';
import type { ConversationLock } from './blobConversationLock';

export type AzureBlobSettings = {
  kind: 'azureBlob';
  connectionString: string;
  stateContainer: string;
  transcriptContainer: string;
  documentContainer: string;
  /** Client-side deadline of every storage call, in ms. */
  timeoutMs: number;
};
export type StorageSettings = { kind: 'memory' } | AzureBlobSettings;

export interface Stores {
  state: Storage;
  transcripts: TranscriptStore;
  documents: DocumentStore;
  /** One turn at a time per conversation across instances (none in memory: one process, its own queue). */
  lock?: ConversationLock;
}

/**
 * State, transcripts and documents from one setting: memory (embedded default) or Azure Blob Storage. The
 * Azure SDK is loaded only when asked for (about 7 MB of memory a memory-storage bot does not need).
 */
export async function createStores(settings: StorageSettings, documents: { baseUrl: string; ttlMs: number }): Promise<Stores> {
  if (settings.kind === 'memory') {
    return { state: new MemoryStorage(), transcripts: new MemoryTranscriptStore(), documents: createMemoryDocumentStore(documents) };
  }
  const { createAzureStores } = await import('./azureStores');
  return createAzureStores(settings, documents);
}
