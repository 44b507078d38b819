import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { errorLogFields, Logger } from './logger';
import { newCorrelationId } from './correlationId';
import { isStorageUnavailable } from './turnErrors';

export interface NewDocument {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  conversationId: string;
}

export interface StoredDocument extends NewDocument {
  expiresAt: Date;
}

export interface DocumentStore {
  put(doc: NewDocument): Promise<{ token: string; url: string; expiresAt: Date }>;
  get(token: string): Promise<StoredDocument | undefined>;
}

/** 256-bit tokens in base64url: 43 characters. */
export const documentTokenPattern = /^[A-Za-z0-9_-]{43}$/;

export interface MemoryDocumentStoreOptions {
  baseUrl: string;
  ttlMs: number;
  now?: () => Date;
  /** Bounds on what one process keeps; the oldest documents go first. */
  maxDocuments?: number;
  maxTotalBytes?: number;
}

/** Documents of one process, behind unguessable expiring links (the embedded default). */
export function createMemoryDocumentStore(options: MemoryDocumentStoreOptions): DocumentStore {
  const now = options.now ?? (() => new Date());
  const maxDocuments = options.maxDocuments ?? 2000;
  const maxTotalBytes = options.maxTotalBytes ?? 200 * 1024 * 1024;
  // Insertion order is expiry order (one TTL for all), so expired entries are always at the front.
  const documents = new Map<string, StoredDocument>();
  let totalBytes = 0;
  const remove = (token: string, doc: StoredDocument) => {
    documents.delete(token);
    totalBytes -= doc.bytes.byteLength;
  };
  const purge = () => {
    const time = now().getTime();
    for (const [token, doc] of documents) {
      const overBudget = documents.size > maxDocuments || totalBytes > maxTotalBytes;
      if (doc.expiresAt.getTime() > time && !overBudget) break;
      remove(token, doc);
    }
  };
  return {
    async put(doc) {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + options.ttlMs);
      documents.set(token, { ...doc, bytes: Uint8Array.from(doc.bytes), expiresAt });
      totalBytes += doc.bytes.byteLength;
      purge();
      return { token, url: `${options.baseUrl}/documents/${token}/${encodeURIComponent(doc.fileName)}`, expiresAt };
    },
    async get(token) {
      purge();
      if (!documentTokenPattern.test(token)) return undefined;
      const doc = documents.get(token);
      if (!doc || doc.expiresAt.getTime() <= now().getTime()) return undefined;
      return doc;
    },
  };
}

/** RFC 6266: an ASCII fallback for old clients, the exact UTF-8 name for the others. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Seconds a client is told to wait before asking again for a document while the storage is down. */
export const documentRetryAfterSeconds = 5;

/** The storage failed: a generic body with a correlation id (the cause, which may name the storage, is logged). */
function sendStorageFailure(res: Response, logger: Logger, error: unknown): void {
  const correlationId = newCorrelationId();
  const unavailable = isStorageUnavailable(error);
  logger.error('document.readFailed', { correlationId, ...errorLogFields(error) });
  res.header('Cache-Control', 'no-store');
  if (unavailable) res.header('Retry-After', String(documentRetryAfterSeconds));
  const message = unavailable ? 'The document cannot be read right now. Try again in a moment.' : 'Internal error.';
  res.send(unavailable ? 503 : 500, { error: { code: unavailable ? 'ServiceUnavailable' : 'InternalError', message, correlationId } });
}

/**
 * `GET /documents/:token/:name`: unknown, expired and malformed tokens get the same 404; while the storage
 * is down, 503 with `Retry-After`.
 */
export function registerDocumentRoutes(server: Server, documents: DocumentStore, logger: Logger): void {
  server.get('/documents/:token/:name', async (req: Request, res: Response) => {
    let doc: StoredDocument | undefined;
    try {
      doc = await documents.get(String(req.params.token ?? ''));
    } catch (error) {
      sendStorageFailure(res, logger, error);
      return;
    }
    if (!doc) {
      res.header('Cache-Control', 'no-store');
      res.send(404, { error: { code: 'NotFound', message: 'No such document.' } });
      return;
    }
    logger.debug('document.download', { conversationId: doc.conversationId, bytes: doc.bytes.byteLength });
    res.writeHead(200, {
      'Content-Type': doc.contentType,
      'Content-Length': doc.bytes.byteLength,
      'Content-Disposition': contentDisposition(doc.fileName),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength));
  });
}
