import type { ConversationReference, TurnContext } from 'botbuilder';
import type { FollowUp } from '../../rules/followUp/followUps';
import type { FollowUpRecord, FollowUpStore } from './followUpStore';

export interface FollowUpDelivery {
  /** Sends one due follow-up in a proactive turn of its conversation. */
  deliverFollowUp(context: TurnContext, followUp: FollowUp): Promise<void>;
}

/**
 * Sends what is due today through the saved conversation references (`POST /api/notify`, or the in-process
 * timer). Claims are written with eTags first, so two instances processing at once send each follow-up once.
 */
/** What the notifier needs of the adapter (CloudAdapter in the app). */
export interface ProactiveAdapter {
  continueConversationAsync(
    appId: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

export function createFollowUpNotifier(deps: {
  store: FollowUpStore;
  adapter: ProactiveAdapter;
  appId: string;
  bot: FollowUpDelivery;
  today: () => string;
  onError?: (error: unknown) => void;
}) {
  return {
    async processDue(): Promise<{ sent: number; failed: number }> {
      let sent = 0;
      let failed = 0;
      for (const { record, claimed } of await deps.store.claimDue(deps.today())) {
        for (const followUp of claimed) {
          try {
            await deps.adapter.continueConversationAsync(deps.appId, referenceOf(record), (context) =>
              deps.bot.deliverFollowUp(context, followUp),
            );
            sent += 1;
          } catch (error) {
            failed += 1;
            deps.onError?.(error);
          }
        }
      }
      return { sent, failed };
    },
  };
}

const referenceOf = (record: FollowUpRecord): Partial<ConversationReference> => record.reference;
