/** The storage did not answer within its deadline (the request may still land later). */
export class StorageTimeoutError extends Error {
  readonly code = 'ETIMEDOUT';
  constructor(what: string, ms: number) {
    super(`${what}: no answer from the storage within ${ms} ms`);
    this.name = 'StorageTimeoutError';
  }
}

/** Another turn of the conversation held it for longer than a turn may wait. */
export class ConversationBusyError extends Error {
  readonly code = 'ECONVERSATIONBUSY';
  constructor(waitedMs: number) {
    super(`conversation still busy after ${waitedMs} ms`);
    this.name = 'ConversationBusyError';
  }
}

/** The Azure error code of a storage error (`x-ms-error-code`, also on HEAD answers, which have no body). */
export function storageErrorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const code: unknown = Reflect.get(error, 'code');
  if (typeof code === 'string') return code;
  const details: unknown = Reflect.get(error, 'details');
  const fromHeader: unknown = details && typeof details === 'object' ? Reflect.get(details, 'errorCode') : undefined;
  return typeof fromHeader === 'string' ? fromHeader : undefined;
}

/** The container is gone (deleted, or the storage lost its data): creating it again heals the call. */
export const isContainerMissing = (error: unknown): boolean => storageErrorCode(error) === 'ContainerNotFound';

/** Resolves `call()` or rejects with StorageTimeoutError after `ms`: a client-side deadline for any storage call. */
export async function withDeadline<T>(what: string, ms: number, call: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(what, ms)), ms);
  });
  try {
    return await Promise.race([call(), expired]);
  } finally {
    clearTimeout(timer);
  }
}
