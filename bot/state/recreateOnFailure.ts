import type { PagedResult, Storage, StoreItems, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { Activity } from 'botbuilder';

/**
 * botbuilder-azure-blobs caches its first "create container" promise, rejected ones included: after the
 * storage was unreachable once, that instance never recovers. A failed call drops the instance; the next
 * call builds a fresh one.
 */
function recreating<T>(create: () => T): { current(): T; run<R>(call: (instance: T) => Promise<R>): Promise<R> } {
  let instance: T | undefined;
  const current = () => (instance ??= create());
  return {
    current,
    async run(call) {
      const used = current();
      try {
        return await call(used);
      } catch (error) {
        if (instance === used) instance = undefined;
        throw error;
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
    getTranscriptActivities: (channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> =>
      holder.run((store) => store.getTranscriptActivities(channelId, conversationId, continuationToken, startDate)),
    listTranscripts: (channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> =>
      holder.run((store) => store.listTranscripts(channelId, continuationToken)),
    deleteTranscript: (channelId: string, conversationId: string): Promise<void> => holder.run((store) => store.deleteTranscript(channelId, conversationId)),
  };
}
