import type { PagedResult, Storage, StoreItems, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { isContainerMissing } from './storageErrors';

/**
 * botbuilder-azure-blobs caches its first "create container" promise, rejected ones included: after the
 * storage was unreachable once, that instance never recovers, and after its container was deleted (the
 * storage lost its data) it keeps writing into nothing. A failed call drops the instance, so the next call
 * builds a fresh one; a call that failed for want of its container is tried once more at once, by a fresh
 * instance that creates it.
 */
function recreating<T>(create: () => T): { run<R>(call: (instance: T) => Promise<R>): Promise<R> } {
  let instance: T | undefined;
  return {
    async run(call) {
      for (let attempt = 1; ; attempt += 1) {
        const used = (instance ??= create());
        try {
          return await call(used);
        } catch (error) {
          if (instance === used) instance = undefined;
          if (attempt === 1 && isContainerMissing(error)) continue;
          throw error;
        }
      }
    },
  };
}

export function recreatingStorage(create: () => Storage): Storage {
  const holder = recreating(create);
  return {
    read: (keys: string[]): Promise<StoreItems> => holder.run((storage) => storage.read(keys)),
    write: (changes: StoreItems): Promise<void> => holder.run((storage) => storage.write(changes)),
    delete: (keys: string[]): Promise<void> => holder.run((storage) => storage.delete(keys)),
  };
}

export function recreatingTranscriptStore(create: () => TranscriptStore): TranscriptStore {
  const holder = recreating(create);
  return {
    logActivity: (activity: Activity) => holder.run(async (store) => store.logActivity(activity)),
    getTranscriptActivities: (
      channelId: string,
      conversationId: string,
      continuationToken?: string,
      startDate?: Date,
    ): Promise<PagedResult<Activity>> =>
      holder.run((store) => store.getTranscriptActivities(channelId, conversationId, continuationToken, startDate)),
    listTranscripts: (channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> =>
      holder.run((store) => store.listTranscripts(channelId, continuationToken)),
    deleteTranscript: (channelId: string, conversationId: string): Promise<void> =>
      holder.run((store) => store.deleteTranscript(channelId, conversationId)),
  };
}
