import { randomBytes } from 'node:crypto';
import type { Response } from 'restify';
import { errorLogFields, LogFields, Logger } from './logger';

/** 16 random hex characters: quoted by the user to support, searched for in the logs. */
export const newCorrelationId = (): string => randomBytes(8).toString('hex');

/** The body of every 5xx the client did not cause: no internals, only a reference to find the log line. */
export const internalErrorBody = (correlationId: string) => ({
  error: { code: 'InternalError', message: `Internal error. Reference: ${correlationId}.`, correlationId },
});

/**
 * Logs the error's class and code under a new correlation id and answers a generic body quoting it
 * (`status` 500 by default; 502/503 when a dependency failed). Returns the id.
 */
export function sendInternalError(
  res: Response,
  logger: Logger,
  event: string,
  error: unknown,
  options: { status?: number; fields?: LogFields } = {},
): string {
  const correlationId = newCorrelationId();
  logger.error(event, { ...options.fields, ...errorLogFields(error), correlationId });
  res.header('Cache-Control', 'no-store');
  res.send(options.status ?? 500, internalErrorBody(correlationId));
  return correlationId;
}
