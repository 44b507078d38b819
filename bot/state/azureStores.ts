import { ContainerClient } from '@azure/storage-blob';
import { BlobsStorage, BlobsTranscriptStore } from 'botbuilder-azure-blobs';
import { createBlobDocumentStore } from './blobDocumentStore';
import { recreatingStorage, recreatingTranscriptStore } from './recreateOnFailure';
import type { AzureBlobSettings, Stores } from './stores';

/** A storage outage must answer within seconds (the user is told to retry), not after the SDK's long retries. */
const pipeline = { retryOptions: { maxTries: 2, tryTimeoutInMs: 5000, retryDelayInMs: 200 } };

/** State, transcripts and documents in Azure Blob Storage (several instances, survives restarts). */
export function createAzureStores(settings: AzureBlobSettings, documents: { baseUrl: string; ttlMs: number }): Stores {
  const { connectionString } = settings;
  return {
    state: recreatingStorage(() => new BlobsStorage(connectionString, settings.stateContainer, { storagePipelineOptions: pipeline })),
    transcripts: recreatingTranscriptStore(() => new BlobsTranscriptStore(connectionString, settings.transcriptContainer, { storagePipelineOptions: pipeline })),
    documents: createBlobDocumentStore({ container: new ContainerClient(connectionString, settings.documentContainer, pipeline), ...documents }),
  };
}
