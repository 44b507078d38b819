import type { Storage } from 'botbuilder';
import { z } from 'zod';
import { followUpSchema, isDue } from '../../rules/followUp/followUps';
import { isConflict } from '../state/optimisticConversationState';

const indexKey = 'followups/index';
const recordKey = (conversationId: string) => `followups/${conversationId}`;

export const followUpRecordSchema = z.object({
  conversationId: z.string(),
  /** Enough to reach the conversation again (Bot Framework's conversation reference). */
  reference: z.record(z.string(), z.unknown()),
  language: z.string(),
  followUps: z.array(followUpSchema),
});
export type FollowUpRecord = z.infer<typeof followUpRecordSchema>;

const indexSchema = z.object({ ids: z.array(z.string()).default([]), eTag: z.string().optional() });
const eTagSchema = z.object({ eTag: z.string() });

/** Due follow-ups, kept in the configured storage so that they survive restarts and are shared by instances. */
export class FollowUpStore {
  constructor(private readonly storage: Storage) {}

  /** One stored item, unchecked: botbuilder's storages type every item as `any`. */
  private async read(key: string): Promise<unknown> {
    return (await this.storage.read([key]))[key] as unknown;
  }

  /**
   * Creates the index once (at start-up), so that every later change of it is a conditional write: the
   * storages here cannot write "only if absent", so only this first creation is unconditional.
   */
  async initialise(): Promise<void> {
    if ((await this.read(indexKey)) === undefined) await this.storage.write({ [indexKey]: { ids: [], eTag: '*' } });
  }

  async save(record: FollowUpRecord): Promise<void> {
    await this.storage.write({ [recordKey(record.conversationId)]: { ...record, eTag: '*' } });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const stored = await this.read(indexKey);
      if (stored === undefined) await this.initialise();
      const index = indexSchema.parse(stored ?? (await this.read(indexKey)) ?? {});
      if (index.ids.includes(record.conversationId)) return;
      try {
        await this.storage.write({
          [indexKey]: { ids: [...index.ids, record.conversationId], eTag: index.eTag ?? '*' },
        });
        return;
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    throw new Error('follow-up index kept changing');
  }

  async get(conversationId: string): Promise<FollowUpRecord | undefined> {
    const item = await this.read(recordKey(conversationId));
    const parsed = followUpRecordSchema.safeParse(item);
    return parsed.success ? parsed.data : undefined;
  }

  /**
   * Marks what is due today as sent, with the record's eTag: when two instances process at once, only the
   * one whose write succeeds sends, so each follow-up goes out once.
   */
  async claimDue(today: string): Promise<{ record: FollowUpRecord; claimed: FollowUpRecord['followUps'] }[]> {
    const index = indexSchema.parse((await this.read(indexKey)) ?? {});
    const claims: { record: FollowUpRecord; claimed: FollowUpRecord['followUps'] }[] = [];
    for (const conversationId of index.ids) {
      const item = await this.read(recordKey(conversationId));
      const parsed = followUpRecordSchema.safeParse(item);
      if (!parsed.success) continue;
      const claimed = parsed.data.followUps.filter((followUp) => isDue(followUp, today));
      if (claimed.length === 0) continue;
      const followUps = parsed.data.followUps.map((followUp) =>
        isDue(followUp, today) ? { ...followUp, status: 'sent' as const } : followUp,
      );
      const stamped = eTagSchema.safeParse(item);
      const eTag = stamped.success ? stamped.data.eTag : '*';
      try {
        await this.storage.write({ [recordKey(conversationId)]: { ...parsed.data, followUps, eTag } });
      } catch (error) {
        if (isConflict(error)) continue; // another instance claimed it
        throw error;
      }
      claims.push({ record: { ...parsed.data, followUps }, claimed });
    }
    return claims;
  }
}
