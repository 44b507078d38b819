import type { TurnContext } from 'botbuilder';
import type { FollowUp } from '../../rules/followUp/followUps';

/** Keeps what the bot must come back for (the bot layer stores it with the conversation reference). */
export interface FollowUpScheduler {
  /** Replaces the conversation's pending follow-ups with these. */
  schedule(context: TurnContext, followUps: FollowUp[]): Promise<void>;
}
