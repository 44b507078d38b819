import { randomBytes } from 'node:crypto';
import type { ContainerClient } from '@azure/storage-blob';

export interface StoredBlobDocument {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  conversationId: string;
  expiresAt: Date;
}

/**
 * Generated documents in Azure Blob Storage, shared by every instance: the blob name is the unguessable
 * token (256 bits), the expiry is metadata, and an expired document is refused then deleted.
 */
export function createBlobDocumentStore(options: { container: ContainerClient; baseUrl: string; ttlMs: number; now?: () => Date }) {
  const now = options.now ?? (() => new Date());
  let ready: Promise<unknown> | undefined;
  const ensureContainer = () => (ready ??= options.container.createIfNotExists());
  return {
    async put(doc: { bytes: Uint8Array; contentType: string; fileName: string; conversationId: string }) {
      await ensureContainer();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + options.ttlMs);
      await options.container.getBlockBlobClient(token).uploadData(doc.bytes, {
        blobHTTPHeaders: { blobContentType: doc.contentType },
        metadata: { filename: encodeURIComponent(doc.fileName), conversation: encodeURIComponent(doc.conversationId), expires: String(expiresAt.getTime()) },
      });
      return { token, url: `${options.baseUrl}/documents/${token}/${encodeURIComponent(doc.fileName)}`, expiresAt };
    },
    async get(token: string): Promise<StoredBlobDocument | undefined> {
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
      await ensureContainer();
      const blob = options.container.getBlockBlobClient(token);
      const properties = await blob.getProperties().catch((error: unknown) => {
        if (error instanceof Error && Reflect.get(error, 'statusCode') === 404) return undefined;
        throw error;
      });
      if (!properties) return undefined;
      const metadata = properties.metadata ?? {};
      const expiresAt = new Date(Number(metadata.expires ?? 0));
      if (expiresAt.getTime() <= now().getTime()) {
        await blob.deleteIfExists();
        return undefined;
      }
      return {
        bytes: await blob.downloadToBuffer(),
        contentType: properties.contentType ?? 'application/octet-stream',
        fileName: decodeURIComponent(metadata.filename ?? 'document'),
        conversationId: decodeURIComponent(metadata.conversation ?? ''),
        expiresAt,
      };
    },
  };
}
