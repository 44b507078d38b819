import type { Activity, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import { LruEntries, MemoryLimits } from './memoryLimits';

interface Transcript {
  channelId: string;
  conversationId: string;
  /** Each activity as JSON: a string costs a fraction of the object graph it was (with every nested object). */
  activities: string[];
}

/** Items per page, as botbuilder's MemoryTranscriptStore. */
export const transcriptPageSize = 20;

const dateFields = ['timestamp', 'localTimestamp', 'expiration'] as const;

/** An activity read back: its dates are Dates again (the transcript readers sort by them). */
function activityOf(json: string): Activity {
  const activity: Activity = JSON.parse(json);
  for (const field of dateFields) {
    const value: unknown = activity[field];
    if (typeof value === 'string') Reflect.set(activity, field, new Date(value));
  }
  return activity;
}

const timeOf = (activity: Activity): number => new Date(activity.timestamp ?? 0).getTime();

/** A page after the item whose id is `after` (none: the first page), with the token of the next one. */
function page<T>(sorted: T[], idOf: (item: T) => string | undefined, after?: string): PagedResult<T> {
  const start = after === undefined ? 0 : sorted.findIndex((item) => idOf(item) === after) + 1;
  const items = start === 0 && after !== undefined ? [] : sorted.slice(start, start + transcriptPageSize);
  const last = items[items.length - 1];
  return { items, continuationToken: items.length === transcriptPageSize && last !== undefined ? (idOf(last) ?? '') : '' };
}

/**
 * The transcripts of the memory storage, paged and sorted as botbuilder's MemoryTranscriptStore pages them,
 * with an end: a conversation idle past `idleMs` is dropped with its state, and the least recently used past
 * `maxConversations`. Activities are kept as JSON, each read hands out fresh copies.
 */
export class ExpiringTranscriptStore implements TranscriptStore {
  private readonly transcripts: LruEntries<Transcript>;

  constructor(limits: MemoryLimits) {
    this.transcripts = new LruEntries(limits);
  }

  async logActivity(activity: Activity): Promise<void> {
    const key = `${activity.channelId}\n${activity.conversation.id}`;
    const transcript = this.transcripts.get(key) ?? { channelId: activity.channelId, conversationId: activity.conversation.id, activities: [] };
    transcript.activities.push(JSON.stringify(activity));
    this.transcripts.set(key, transcript);
  }

  async getTranscriptActivities(channelId: string, conversationId: string, continuationToken?: string, startDate?: Date): Promise<PagedResult<Activity>> {
    if (!channelId) throw new Error('Missing channelId');
    if (!conversationId) throw new Error('Missing conversationId');
    const transcript = this.transcripts.peek(`${channelId}\n${conversationId}`);
    const activities = (transcript?.activities ?? [])
      .map(activityOf)
      .sort((a, b) => timeOf(a) - timeOf(b))
      .filter((activity) => !startDate || timeOf(activity) >= startDate.getTime());
    return page(activities, (activity) => activity.id, continuationToken || undefined);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    if (!channelId) throw new Error('Missing channelId');
    const infos: TranscriptInfo[] = [];
    for (const [, transcript] of this.transcripts) {
      if (transcript.channelId !== channelId) continue;
      const first = transcript.activities[0];
      infos.push({ channelId, id: transcript.conversationId, created: first === undefined ? new Date(0) : new Date(timeOf(activityOf(first))) });
    }
    return page(
      infos.sort((a, b) => a.created.getTime() - b.created.getTime()),
      (info) => info.id,
      continuationToken || undefined,
    );
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    if (!channelId) throw new Error('Missing channelId');
    if (!conversationId) throw new Error('Missing conversationId');
    this.transcripts.delete(`${channelId}\n${conversationId}`);
  }
}
