import { MemoryStorage, Storage, StoreItems } from 'botbuilder';
import { isStorageUnavailable } from '../../../bot/turnErrors';
import { deadlineStorage } from '../../../bot/state/deadlineStores';
import { isContainerMissing, StorageTimeoutError, withDeadline } from '../../../bot/state/storageErrors';

/** A storage that never answers, as a paused one. */
const hung: Storage = {
  read: () => new Promise<StoreItems>(() => undefined),
  write: () => new Promise<void>(() => undefined),
  delete: () => new Promise<void>(() => undefined),
};

describe('client-side deadlines on storage calls', () => {
  it('fails a call the storage never answers with StorageTimeoutError, which the turn treats as «réessayez»', async () => {
    const storage = deadlineStorage(hung, 50);
    const failure = await storage.read(['k']).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StorageTimeoutError);
    expect(isStorageUnavailable(failure)).toBe(true);
    await expect(storage.write({ k: { v: 1 } })).rejects.toBeInstanceOf(StorageTimeoutError);
  });

  it('passes answers and errors through unchanged', async () => {
    const storage = deadlineStorage(new MemoryStorage(), 1000);
    await storage.write({ k: { v: 1 } });
    expect((await storage.read(['k'])).k).toMatchObject({ v: 1 });
    await expect(withDeadline('call', 1000, () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });

  it.each([
    [
      Object.assign(new Error('The specified container does not exist.'), {
        statusCode: 404,
        code: 'ContainerNotFound',
      }),
      true,
    ],
    [Object.assign(new Error(''), { statusCode: 404, details: { errorCode: 'ContainerNotFound' } }), true],
    [Object.assign(new Error('The specified blob does not exist.'), { statusCode: 404, code: 'BlobNotFound' }), false],
  ])('isContainerMissing(%p) → %p', (error, expected) => {
    expect(isContainerMissing(error)).toBe(expected);
  });
});
