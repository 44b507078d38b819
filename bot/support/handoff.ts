import { EventFactory, TranscriptStore, TurnContext } from 'botbuilder';
import type { HandoffRequester, HandoffSummary } from '../../dialogs/handoff';
import { isOpenAt, OpeningHours } from './openingHours';
import { exportActivities, readTranscript } from './transcripts';

/**
 * Sends Bot Framework's `handoff.initiate` event (EventFactory) with the masked transcript and the summary;
 * a hand-off connector, Omnichannel or a custom desk picks it up from the channel.
 */
export function createHandoffRequester(deps: { transcripts: TranscriptStore; hours: OpeningHours; timeZone: string }): HandoffRequester {
  return {
    isOpen: (now) => isOpenAt(deps.hours, now, deps.timeZone),
    async request(context: TurnContext, summary: HandoffSummary): Promise<void> {
      const { channelId, conversation } = context.activity;
      const activities = exportActivities(await readTranscript(deps.transcripts, channelId, conversation.id), false);
      await context.sendActivity(EventFactory.createHandoffInitiation(context, summary, { activities }));
    },
  };
}
