import type { Activity, TranscriptStore } from 'botbuilder';
import { maskPersonalNumbers } from './masking';

/** Every activity of one conversation, oldest first, de-duplicated by id (blob stores list one entry per activity). */
export async function readTranscript(store: TranscriptStore, channelId: string, conversationId: string): Promise<Activity[]> {
  const activities: Activity[] = [];
  const seen = new Set<string>();
  let continuationToken: string | undefined;
  do {
    const page = await store.getTranscriptActivities(channelId, conversationId, continuationToken);
    for (const activity of page.items) {
      const key = activity.id ?? `${activity.timestamp?.toString()}-${activity.type}-${activity.from?.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      activities.push(activity);
    }
    continuationToken = page.continuationToken || undefined;
  } while (continuationToken);
  return activities.sort((a, b) => new Date(a.timestamp ?? 0).getTime() - new Date(b.timestamp ?? 0).getTime());
}

/** What leaves the bot for a person: phone and card numbers masked unless the clear export is asked and allowed. */
export function exportActivities(activities: Activity[], clear: boolean): Activity[] {
  if (clear) return activities;
  return activities.map((activity) => ({ ...activity, text: maskPersonalNumbers(activity.text ?? ''), value: undefined }));
}

/** Deletes the transcripts older than the retention period (by their newest activity). Returns how many. */
export async function purgeTranscripts(store: TranscriptStore, channelIds: readonly string[], now: Date, retentionDays: number): Promise<number> {
  const limit = now.getTime() - retentionDays * 24 * 60 * 60 * 1000;
  let deleted = 0;
  for (const channelId of channelIds) {
    let continuationToken: string | undefined;
    do {
      const page = await store.listTranscripts(channelId, continuationToken);
      for (const summary of page.items) {
        const activities = await readTranscript(store, channelId, summary.id);
        // Activity times, not the record's creation (a blob store dates it at upload).
        const times = activities.map((activity) => new Date(activity.timestamp ?? 0).getTime());
        const newest = times.length > 0 ? Math.max(...times) : new Date(summary.created ?? 0).getTime();
        if (newest < limit) {
          await store.deleteTranscript(channelId, summary.id);
          deleted += 1;
        }
      }
      continuationToken = page.continuationToken || undefined;
    } while (continuationToken);
  }
  return deleted;
}
