import type { Activity, PagedResult, Storage, StoreItems, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { withDeadline } from './storageErrors';

/**
 * Stores whose every call rejects with StorageTimeoutError past `ms`: the Azure SDK's retry options only
 * set a server-side timeout, so a storage that hangs (paused, a half-open connection) would hang the turn.
 */
export function deadlineStorage(storage: Storage, ms: number): Storage {
  return {
    read: (keys: string[]): Promise<StoreItems> => withDeadline('state read', ms, () => storage.read(keys)),
    write: (changes: StoreItems): Promise<void> => withDeadline('state write', ms, () => storage.write(changes)),
    delete: (keys: string[]): Promise<void> => withDeadline('state delete', ms, () => storage.delete(keys)),
  };
}

export function deadlineTranscriptStore(store: TranscriptStore, ms: number): TranscriptStore {
  return {
    logActivity: (activity: Activity) => withDeadline('transcript write', ms, async () => store.logActivity(activity)),
    getTranscriptActivities: (
      channelId: string,
      conversationId: string,
      continuationToken?: string,
      startDate?: Date,
    ): Promise<PagedResult<Activity>> =>
      withDeadline('transcript read', ms, () =>
        store.getTranscriptActivities(channelId, conversationId, continuationToken, startDate),
      ),
    listTranscripts: (channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> =>
      withDeadline('transcript list', ms, () => store.listTranscripts(channelId, continuationToken)),
    deleteTranscript: (channelId: string, conversationId: string): Promise<void> =>
      withDeadline('transcript delete', ms, () => store.deleteTranscript(channelId, conversationId)),
  };
}
