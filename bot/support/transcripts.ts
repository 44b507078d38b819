import { Activity, HandoffEventNames, TranscriptStore } from 'botbuilder';
import { KnownNumbers, maskDeep, maskPersonalNumbers, noKnownNumbers } from './masking';

/** Every activity of one conversation, oldest first, de-duplicated by id (blob stores list one entry per activity). */
export async function readTranscript(
  store: TranscriptStore,
  channelId: string,
  conversationId: string,
): Promise<Activity[]> {
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

export interface ExportOptions {
  /** Phone and card numbers as typed (`AGENT_CLEAR_EXPORT=true` and `?clear=true` only). */
  clear: boolean;
  /** The conversation's own numbers (its stored answers), masked or kept whatever their form. */
  known?: KnownNumbers;
}

/** A token of the document store in a link: without it the link is dead (the PDFs hold the clear numbers). */
const documentLinkToken = /\/documents\/[A-Za-z0-9_-]{16,128}\//g;

const isHandoffInitiation = (activity: Activity): boolean =>
  activity.type === 'event' && activity.name === HandoffEventNames.InitiateHandoff;

/** Masked: numbers in text and values, no document link or token (file consent cards), attachments by name only. */
function maskedActivity(activity: Activity, known: KnownNumbers): Activity {
  return {
    ...activity,
    ...(activity.text === undefined
      ? {}
      : { text: maskPersonalNumbers(activity.text, known).replace(documentLinkToken, '/documents/•••/') }),
    value: maskDeep(activity.value, known),
    attachments: activity.attachments?.map(({ contentType, name }) => ({ contentType, name })),
  };
}

/**
 * What leaves the bot for a person: phone and card numbers masked unless the clear export is asked and
 * allowed; a hand-off event without its attachment (the transcript copy it carried to the desk).
 */
export function exportActivities(activities: Activity[], options: ExportOptions): Activity[] {
  return activities.map((activity) => {
    const exported = options.clear ? activity : maskedActivity(activity, options.known ?? noKnownNumbers);
    return isHandoffInitiation(activity) ? { ...exported, attachments: undefined } : exported;
  });
}

/** Deletes the transcripts older than the retention period (by their newest activity). Returns how many. */
export async function purgeTranscripts(
  store: TranscriptStore,
  channelIds: readonly string[],
  now: Date,
  retentionDays: number,
): Promise<number> {
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
