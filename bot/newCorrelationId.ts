import { randomUUID } from 'node:crypto';

/** An id put both in a generic error body and in the log line with the cause, so that support can match them. */
export const newCorrelationId = (): string => randomUUID();
