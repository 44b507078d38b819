import { Activity, MemoryTranscriptStore, PagedResult, TranscriptInfo, TranscriptStore } from 'botbuilder';
import type { LRUCache } from 'lru-cache';
import { limitedCache, MemoryLimits } from './memoryLimits';

type Conversation = { channelId: string; conversationId: string };

/**
 * botbuilder's MemoryTranscriptStore with an end: a conversation idle past `idleMs` loses its transcript with
 * its state, and the least recently used go past `maxConversations` (an lru-cache of the conversations, whose
 * drops delete the transcript).
 */
export class ExpiringTranscriptStore implements TranscriptStore {
  private readonly transcripts = new MemoryTranscriptStore();
  private readonly conversations: LRUCache<string, Conversation>;

  constructor(limits: MemoryLimits) {
    this.conversations = limitedCache<Conversation>(limits, ({ channelId, conversationId }) => {
      void this.transcripts.deleteTranscript(channelId, conversationId);
    });
  }

  async logActivity(activity: Activity): Promise<void> {
    const conversation = { channelId: activity.channelId, conversationId: activity.conversation.id };
    this.conversations.set(keyOf(conversation), conversation);
    await this.transcripts.logActivity(activity);
  }

  async getTranscriptActivities(
    channelId: string,
    conversationId: string,
    continuationToken?: string,
    startDate?: Date,
  ): Promise<PagedResult<Activity>> {
    this.conversations.purgeStale();
    return this.transcripts.getTranscriptActivities(channelId, conversationId, continuationToken, startDate);
  }

  async listTranscripts(channelId: string, continuationToken?: string): Promise<PagedResult<TranscriptInfo>> {
    this.conversations.purgeStale();
    return this.transcripts.listTranscripts(channelId, continuationToken);
  }

  async deleteTranscript(channelId: string, conversationId: string): Promise<void> {
    // The cache's drop deletes it from the transcripts; deleted here too when the cache no longer had it.
    this.conversations.delete(keyOf({ channelId, conversationId }));
    await this.transcripts.deleteTranscript(channelId, conversationId);
  }
}

const keyOf = ({ channelId, conversationId }: Conversation) => `${channelId}\n${conversationId}`;
