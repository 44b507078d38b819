import { ContainerClient } from '@azure/storage-blob';
import { BlobsStorage, BlobsTranscriptStore } from 'botbuilder-azure-blobs';
import { createBlobConversationLock } from './blobConversationLock';
import { createBlobDocumentStore } from './blobDocumentStore';
import { deadlineStorage, deadlineTranscriptStore } from './deadlineStores';
import { recreatingStorage, recreatingTranscriptStore } from './recreateOnFailure';
import type { AzureBlobSettings, Stores } from './stores';

/** A failed request is tried once more after 200 ms; the client-side deadline bounds the whole call. */
const pipeline = { retryOptions: { maxTries: 2, retryDelayInMs: 200 } };

/**
 * State, transcripts and documents in Azure Blob Storage (several instances, survives restarts), plus the
 * per-conversation lease that lets one turn at a time through. Every call has `settings.timeoutMs`.
 */
export function createAzureStores(settings: AzureBlobSettings, documents: { baseUrl: string; ttlMs: number }): Stores {
  const { connectionString, timeoutMs } = settings;
  const options = { storagePipelineOptions: pipeline };
  const state = recreatingStorage(() =>
    deadlineStorage(new BlobsStorage(connectionString, settings.stateContainer, options), timeoutMs),
  );
  return {
    state,
    followUps: state,
    transcripts: recreatingTranscriptStore(() =>
      deadlineTranscriptStore(
        new BlobsTranscriptStore(connectionString, settings.transcriptContainer, options),
        timeoutMs,
      ),
    ),
    documents: createBlobDocumentStore({
      container: new ContainerClient(connectionString, settings.documentContainer, pipeline),
      deadlineMs: timeoutMs,
      ...documents,
    }),
    lock: createBlobConversationLock({
      container: new ContainerClient(connectionString, settings.stateContainer, pipeline),
      deadlineMs: timeoutMs,
    }),
  };
}
