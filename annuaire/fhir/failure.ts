/** Why a call to the API failed. Holds no personal data (no URL, no body), so callers may log it as is. */
export const fhirFailureCodes = [
  'noApiKey',
  'timeout',
  'network',
  'unauthorized',
  'rateLimited',
  'serverError',
  'httpError',
  'invalidJson',
  'unexpectedBody',
  'internal',
] as const;
export type FhirFailureCode = (typeof fhirFailureCodes)[number];

export interface FhirFailure {
  code: FhirFailureCode;
  /** HTTP status, when the server answered. */
  status?: number;
  /** OperationOutcome issue codes (`throttled`, `security`…), when the server sent some. */
  issueCodes?: string[];
}

export type Fetched<T> = { ok: true; value: T } | { ok: false; failure: FhirFailure };

export const fetched = <T>(value: T): Fetched<T> => ({ ok: true, value });
export const failed = <T>(failure: FhirFailure): Fetched<T> => ({ ok: false, failure });

/** The failure an HTTP status means: 401/403 say the key is wrong, which retrying will not fix. */
export function failureCodeOfStatus(status: number): FhirFailureCode {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 429) return 'rateLimited';
  return status >= 500 ? 'serverError' : 'httpError';
}

/**
 * What the bot is told: `unavailable` when the client is misconfigured (no key, key refused), so the
 * operator has to act; `timeout` when the API was too slow; `error` for the rest (outage, throttling,
 * a body that is not the documented Bundle).
 */
export function reasonOf(failure: FhirFailure): 'unavailable' | 'timeout' | 'error' {
  if (failure.code === 'timeout') return 'timeout';
  return failure.code === 'noApiKey' || failure.code === 'unauthorized' ? 'unavailable' : 'error';
}
