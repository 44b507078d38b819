import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Request, Response, Server } from 'restify';
import { errorLogFields, Logger } from './logger';
import { newCorrelationId } from './correlationId';
import { routeParam } from './http/requestParts';
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
  /** Bounds on what one process keeps; the least recently used documents go first. */
  maxDocuments?: number;
  maxTotalBytes?: number;
}

/** Documents of one process, behind unguessable expiring links (the embedded default). */
export function createMemoryDocumentStore(options: MemoryDocumentStoreOptions): DocumentStore {
  const now = options.now ?? (() => new Date());
  // Expired documents are purged on a timer; past either bound the least recently used go first.
  const documents = new LRUCache<string, StoredDocument>({
    max: options.maxDocuments ?? 2000,
    maxSize: options.maxTotalBytes ?? 200 * 1024 * 1024,
    sizeCalculation: (doc) => Math.max(1, doc.bytes.byteLength),
    ttl: options.ttlMs,
    ttlAutopurge: true,
    ttlResolution: 0,
    perf: { now: () => now().getTime() },
  });
  return {
    async put(doc) {
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now().getTime() + options.ttlMs);
      documents.set(token, { ...doc, bytes: Uint8Array.from(doc.bytes), expiresAt });
      return { token, url: `${options.baseUrl}/documents/${token}/${encodeURIComponent(doc.fileName)}`, expiresAt };
    },
    async get(token) {
      const doc = documentTokenPattern.test(token) ? documents.get(token) : undefined;
      // The link ends at expiresAt itself (lru-cache's age rule keeps an entry for that very millisecond).
      return doc && doc.expiresAt.getTime() > now().getTime() ? doc : undefined;
    },
  };
}

/** RFC 6266: an ASCII fallback for old clients, the exact UTF-8 name for the others. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
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
  res.send(unavailable ? 503 : 500, {
    error: { code: unavailable ? 'ServiceUnavailable' : 'InternalError', message, correlationId },
  });
}

/**
 * `GET /documents/:token/:name`: unknown, expired and malformed tokens get the same 404; while the storage
 * is down, 503 with `Retry-After`.
 */
export function registerDocumentRoutes(server: Server, documents: DocumentStore, logger: Logger): void {
  server.get('/documents/:token/:name', async (req: Request, res: Response) => {
    let doc: StoredDocument | undefined;
    try {
      doc = await documents.get(routeParam(req, 'token') ?? '');
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
