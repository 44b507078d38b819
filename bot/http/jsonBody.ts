import type { Next, Request, Response } from 'restify';
import { sendError } from '../directLine/httpErrors';

/** `application/json`, with or without parameters (`; charset=utf-8`). */
const jsonContentType = /^application\/json\s*(?:;|$)/i;

/** A body is coming when its length is announced and positive, or when it is chunked. */
const hasBody = (req: Request): boolean =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** How long a refused client may take to read the answer before its connection is cut. */
const lingerMs = 1000;

/** Answers, then closes the connection: what the client is still sending is never read. */
function refuse(req: Request, res: Response, next: Next, status: number, code: string, message: string): void {
  req.pause();
  res.header('Connection', 'close');
  res.once('finish', () => setTimeout(() => req.socket.destroy(), lingerMs).unref());
  sendError(res, status, code, message);
  next(false);
}

/**
 * The server's only body parser, on every route: JSON bodies up to `maxBodyBytes`, read into memory (never
 * to disk); any other content type 415, compressed bodies 415 (their size would escape the limit), and a
 * body that grows past the limit 413 as soon as it does, chunked or not.
 */
export function jsonBodyOnly(maxBodyBytes: number) {
  return (req: Request, res: Response, next: Next): void => {
    if (!hasBody(req)) return next();
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding !== 'identity')
      return refuse(req, res, next, 415, 'UnsupportedEncoding', 'Compressed bodies are not accepted.');
    if (!jsonContentType.test(req.headers['content-type'] ?? '')) {
      return refuse(req, res, next, 415, 'UnsupportedMediaType', 'Only application/json bodies are accepted.');
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes)
      return refuse(req, res, next, 413, 'PayloadTooLarge', 'Body too large.');
    const chunks: Buffer[] = [];
    let received = 0;
    let done = false;
    const finish = (): boolean => {
      if (done) return false;
      done = true;
      req.removeListener('data', onData);
      return true;
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBodyBytes) chunks.push(chunk);
      else if (finish()) refuse(req, res, next, 413, 'PayloadTooLarge', 'Body too large.');
    };
    req.on('data', onData);
    req.once('end', () => {
      if (!finish()) return;
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        req.body = text === '' ? undefined : (JSON.parse(text) as unknown);
      } catch {
        sendError(res, 400, 'InvalidContent', 'The body is not valid JSON.');
        return next(false);
      }
      next();
    });
    // A client that goes away mid-body: nothing to answer, the route never runs.
    req.once('close', () => {
      if (finish()) next(false);
    });
  };
}
