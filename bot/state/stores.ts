import { ContainerClient } from '@azure/storage-blob';
import { MemoryStorage, MemoryTranscriptStore, Storage, TranscriptStore } from 'botbuilder';
import { BlobsStorage, BlobsTranscriptStore } from 'botbuilder-azure-blobs';
import { createMemoryDocumentStore, DocumentStore } from '../documentStore';
import { createBlobDocumentStore } from './blobDocumentStore';
import { recreatingStorage, recreatingTranscriptStore } from './recreateOnFailure';

export type StorageSettings =
  | { kind: 'memory' }
  | { kind: 'azureBlob'; connectionString: string; stateContainer: string; transcriptContainer: string; documentContainer: string };

export interface Stores {
  state: Storage;
  transcripts: TranscriptStore;
  documents: DocumentStore;
}

/** A storage outage must answer within seconds (the user is told to retry), not after the SDK's long retries. */
const pipeline = { retryOptions: { maxTries: 2, tryTimeoutInMs: 5000, retryDelayInMs: 200 } };

/** State, transcripts and documents from one setting: memory (embedded default) or Azure Blob Storage. */
export function createStores(settings: StorageSettings, documents: { baseUrl: string; ttlMs: number }): Stores {
  if (settings.kind === 'memory') {
    return { state: new MemoryStorage(), transcripts: new MemoryTranscriptStore(), documents: createMemoryDocumentStore(documents) };
  }
  const { connectionString } = settings;
  return {
    state: recreatingStorage(() => new BlobsStorage(connectionString, settings.stateContainer, { storagePipelineOptions: pipeline })),
    transcripts: recreatingTranscriptStore(() => new BlobsTranscriptStore(connectionString, settings.transcriptContainer, { storagePipelineOptions: pipeline })),
    documents: createBlobDocumentStore({ container: new ContainerClient(connectionString, settings.documentContainer, pipeline), ...documents }),
  };
}
