import { MemoryStorage, Storage, TranscriptStore } from 'botbuilder';
import { createMemoryDocumentStore, DocumentStore } from '../documentStore';
import type { ConversationLock } from './blobConversationLock';
import { ExpiringMemoryStorage } from './expiringMemoryStorage';
import { ExpiringTranscriptStore } from './expiringTranscriptStore';

export type AzureBlobSettings = {
  kind: 'azureBlob';
  connectionString: string;
  stateContainer: string;
  transcriptContainer: string;
  documentContainer: string;
  /** Client-side deadline of every storage call, in ms. */
  timeoutMs: number;
};
/** In memory, a conversation's state and transcript are dropped once idle this long, the oldest past the count. */
export type MemorySettings = { kind: 'memory'; idleMinutes: number; maxConversations: number };
export type StorageSettings = MemorySettings | AzureBlobSettings;

export interface Stores {
  state: Storage;
  /** Where due follow-ups are kept: the state's storage, except in memory where conversation state expires. */
  followUps: Storage;
  transcripts: TranscriptStore;
  documents: DocumentStore;
  /** One turn at a time per conversation across instances (none in memory: one process, its own queue). */
  lock?: ConversationLock;
}

/**
 * State, transcripts and documents from one setting: memory (embedded default, each with an end: idle
 * conversations and old documents are dropped) or Azure Blob Storage. The Azure SDK is loaded only when asked
 * for (about 7 MB of memory a memory-storage bot does not need).
 */
export async function createStores(
  settings: StorageSettings,
  documents: { baseUrl: string; ttlMs: number },
  now: () => Date = () => new Date(),
): Promise<Stores> {
  if (settings.kind === 'memory') {
    const limits = {
      idleMs: settings.idleMinutes * 60_000,
      maxConversations: settings.maxConversations,
      now: () => now().getTime(),
    };
    return {
      state: new ExpiringMemoryStorage(limits),
      // Follow-ups wait days, some years: they never expire with the conversations.
      followUps: new MemoryStorage(),
      transcripts: new ExpiringTranscriptStore(limits),
      documents: createMemoryDocumentStore({ ...documents, now }),
    };
  }
  const { createAzureStores } = await import('./azureStores');
  return createAzureStores(settings, documents);
}
