import { randomBytes } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';
import { isContainerMissing, storageErrorCode } from './storageErrors';

export interface StoredBlobDocument {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  conversationId: string;
  expiresAt: Date;
}

export interface BlobDocumentStoreOptions {
  container: ContainerClient;
  baseUrl: string;
  ttlMs: number;
  /** Client-side deadline of each storage call (AbortSignal): past it the call fails instead of hanging. */
  deadlineMs: number;
  now?: () => Date;
}

const isMissing = (error: unknown): boolean => {
  const code = storageErrorCode(error);
  return code === 'BlobNotFound' || code === 'ContainerNotFound' || Reflect.get(Object(error), 'statusCode') === 404;
};

/**
 * Generated documents in Azure Blob Storage, shared by every instance: the blob name is the unguessable
 * token (256 bits), the expiry is metadata, and an expired document is refused then deleted. Nothing is
 * remembered between calls: a container that is missing (never made, or lost with the storage's data) is
 * created by the write that needs it, and a read of it finds no document.
 */
export function createBlobDocumentStore(options: BlobDocumentStoreOptions) {
  const now = options.now ?? (() => new Date());
  const signal = () => AbortSignal.timeout(options.deadlineMs);
  return {
    async put(doc: { bytes: Uint8Array; contentType: string; fileName: string; conversationId: string }) {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + options.ttlMs);
      const upload = () =>
        options.container.getBlockBlobClient(token).uploadData(doc.bytes, {
          abortSignal: signal(),
          blobHTTPHeaders: { blobContentType: doc.contentType },
          metadata: {
            filename: encodeURIComponent(doc.fileName),
            conversation: encodeURIComponent(doc.conversationId),
            expires: String(expiresAt.getTime()),
          },
        });
      try {
        await upload();
      } catch (error) {
        if (!isContainerMissing(error)) throw error;
        await options.container.createIfNotExists({ abortSignal: signal() });
        await upload();
      }
      return { token, url: `${options.baseUrl}/documents/${token}/${encodeURIComponent(doc.fileName)}`, expiresAt };
    },
    async get(token: string): Promise<StoredBlobDocument | undefined> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      const blob = options.container.getBlockBlobClient(token);
      const properties = await blob.getProperties({ abortSignal: signal() }).catch((error: unknown) => {
        if (isMissing(error)) return undefined;
        throw error;
      });
      if (!properties) return undefined;
      const metadata = properties.metadata ?? {};
      const expiresAt = new Date(Number(metadata.expires ?? 0));
      if (expiresAt.getTime() <= now().getTime()) {
        await blob.deleteIfExists({ abortSignal: signal() });
        return undefined;
      }
      const bytes = await blob
        .downloadToBuffer(undefined, undefined, { abortSignal: signal() })
        .catch((error: unknown) => {
          if (isMissing(error)) return undefined; // deleted in between
          throw error;
        });
      if (!bytes) return undefined;
      return {
        bytes,
        contentType: properties.contentType ?? 'application/octet-stream',
        fileName: decodeURIComponent(metadata.filename ?? 'document'),
        conversationId: decodeURIComponent(metadata.conversation ?? ''),
        expiresAt,
      };
    },
  };
}
