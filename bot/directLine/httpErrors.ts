import type { Next, Request, Response, Server } from 'restify';
import { errorLogFields, Logger } from '../logger';

/** Direct Line's error shape, used for every error this server answers: `{ error: { code, message } }`. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, { error: { code, message } });
}

export const bearerToken = (authorization: string | undefined): string => /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';

/** Before the body parser: refuses what the size limit cannot bound (compressed bodies) or announces too much. */
export function bodyGuard(maxBodyBytes: number) {
  return (req: Request, res: Response, next: Next) => {
    const encoding = req.headers['content-encoding'];
    if (encoding && encoding !== 'identity') {
      sendError(res, 415, 'UnsupportedEncoding', 'Compressed bodies are not accepted.');
      return next(false);
    }
    if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) {
      sendError(res, 413, 'PayloadTooLarge', 'Body too large.');
      return next(false);
    }
    return next();
  };
}

/** restify's own errors (405, 404, bad JSON, 413…) in the same shape; 5xx details stay in the log. */
export function formatRestifyErrors(server: Server, logger: Logger): void {
  server.on('restifyError', (_req: Request, _res: Response, err: Error, callback: () => void) => {
    const status = Number(Reflect.get(err, 'statusCode') ?? 500);
    if (status >= 500) logger.error('http.error', errorLogFields(err));
    const code = String(Reflect.get(err, 'code') ?? err.name);
    Reflect.set(err, 'toJSON', () => ({ error: { code, message: status >= 500 ? 'Internal error.' : err.message } }));
    return callback();
  });
}
