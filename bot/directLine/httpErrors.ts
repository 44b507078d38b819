import type { Request, Response, Server } from 'restify';
import { sendInternalError } from '../correlationId';
import type { Logger } from '../logger';

/** Direct Line's error shape, used for every error this server answers: `{ error: { code, message } }`. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, { error: { code, message } });
}

export const bearerToken = (authorization: string | undefined): string =>
  /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';

/**
 * restify's own errors (no route: 404, 405) in the same shape. Anything else — a route that threw, a
 * dependency that failed, whatever status its error carries — is not the client's doing: a generic 500
 * with a correlation id, the details in the log only.
 */
export function formatRestifyErrors(server: Server, logger: Logger): void {
  server.on('restifyError', (req: Request, res: Response, err: Error, callback: () => void) => {
    const status: unknown = Reflect.get(err, 'statusCode');
    const route = req.getRoute()?.path;
    if (route !== undefined || typeof status !== 'number' || status >= 500) {
      sendInternalError(res, logger, 'http.error', err, {
        fields: { method: req.method, route: route === undefined ? 'unmatched' : String(route) },
      });
      return callback();
    }
    const code = String(Reflect.get(err, 'code') ?? err.name);
    Reflect.set(err, 'toJSON', () => ({ error: { code, message: err.message } }));
    return callback();
  });
}
