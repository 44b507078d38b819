import { TurnContext } from 'botbuilder';
import type { FollowUpScheduler } from '../../dialogs/followUp/followUpScheduler';
import { languageOf } from '../../locales';
import type { FollowUpStore } from './followUpStore';

/** Stores a conversation's follow-ups with its reference, so that any instance can come back to it. */
export function createFollowUpScheduler(store: FollowUpStore): FollowUpScheduler {
  return {
    async schedule(context, followUps) {
      const reference = TurnContext.getConversationReference(context.activity);
      await store.save({
        conversationId: context.activity.conversation.id,
        reference: { ...reference },
        language: languageOf(context.activity.locale),
        followUps,
      });
    },
  };
}
