import { Activity, EventFactory, TranscriptStore, TurnContext } from 'botbuilder';
import type { HandoffRequester, HandoffSummary } from '../../dialogs/handoff/handoff';
import { knownNumbersOf } from './knownNumbers';
import { KnownNumbers, maskPersonalNumbers } from './masking';
import { isOpenAt, nextOpening, OpeningHours } from './openingHours';
import { exportActivities, readTranscript } from './transcripts';

export interface HandoffDependencies {
  transcripts: TranscriptStore;
  hours: OpeningHours;
  timeZone: string;
  contact?: string;
  now?: () => Date;
}

/** The summary as the desk gets it: numbers masked as in the transcript, documents by name (their links hold the clear numbers). */
function maskedSummary(summary: HandoffSummary, known: KnownNumbers) {
  return {
    ...summary,
    answers: summary.answers.map(({ slot, value }) => ({ slot, value: maskPersonalNumbers(value, known) })),
    documents: summary.documents.map(({ kind, fileName }) => ({ kind, fileName })),
  };
}

/**
 * Sends Bot Framework's `handoff.initiate` event (EventFactory) with the masked transcript and the summary;
 * a hand-off connector, Omnichannel or a custom desk picks it up from the channel.
 */
export function createHandoffRequester(deps: HandoffDependencies): HandoffRequester {
  const now = deps.now ?? (() => new Date());
  return {
    contact: deps.contact,
    availability() {
      const at = now();
      if (isOpenAt(deps.hours, at, deps.timeZone)) return { open: true };
      return {
        open: false,
        windows: deps.hours,
        timeZone: deps.timeZone,
        next: nextOpening(deps.hours, at, deps.timeZone),
      };
    },
    async request(context: TurnContext, summary: HandoffSummary): Promise<void> {
      const { channelId, conversation } = context.activity;
      const recorded = await readTranscript(deps.transcripts, channelId, conversation.id);
      // The transcript logger stores this turn's message when the turn ends: the request itself is added here.
      const request: Activity = context.activity;
      const activities = recorded.some((activity) => activity.id !== undefined && activity.id === request.id)
        ? recorded
        : [...recorded, request];
      const known = knownNumbersOf(Object.fromEntries(summary.answers.map(({ slot, value }) => [slot, value])));
      const event = EventFactory.createHandoffInitiation(context, maskedSummary(summary, known), {
        activities: exportActivities(activities, { clear: false, known }),
      });
      await context.sendActivity(event);
    },
  };
}
