import {
  Activity,
  ActivityTypes,
  MemoryStorage,
  MemoryTranscriptStore,
  TestAdapter,
  TranscriptLoggerMiddleware,
} from 'botbuilder';
import { AssistantBot } from '../../../bot/assistantBot';
import { FollowUpStore } from '../../../bot/followUp/followUpStore';
import { createFollowUpScheduler } from '../../../bot/followUp/scheduler';
import { OptimisticConversationState } from '../../../bot/state/optimisticConversationState';
import { ReplyBufferMiddleware } from '../../../bot/state/replyBuffer';
import { createHandoffRequester } from '../../../bot/support/handoff';
import { openingHoursSchema } from '../../../bot/support/openingHours';
import { PrivateKeyGuard } from '../../../bot/support/privateKeyGuard';
import { SendingOrderMiddleware } from '../../../bot/support/sendingOrder';
import { RecordingProducer } from '../../dialogs/conversationHarness';

/** The whole bot with the app's middleware order, on a TestAdapter, its stores in memory. */
export function startBot(options: { openingHours?: string; now?: () => Date; today?: () => string } = {}) {
  const storage = new MemoryStorage();
  const transcripts = new MemoryTranscriptStore();
  const followUpStore = new FollowUpStore(storage);
  const conversationState = new OptimisticConversationState(storage);
  const bot = new AssistantBot({
    conversationState,
    documents: new RecordingProducer(),
    today: options.today ?? (() => '2026-11-30'),
    handoff: createHandoffRequester({
      transcripts,
      hours: openingHoursSchema.parse(options.openingHours ?? '1-7 00:00-24:00'),
      timeZone: 'Europe/Paris',
      now: options.now,
    }),
    followUps: createFollowUpScheduler(followUpStore),
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  adapter.use(new ReplyBufferMiddleware());
  adapter.use(new PrivateKeyGuard());
  adapter.use(new TranscriptLoggerMiddleware(transcripts));
  adapter.use(new SendingOrderMiddleware());
  const drain = (): Partial<Activity>[] => {
    const replies: Partial<Activity>[] = [];
    for (let next = adapter.activeQueue.shift(); next; next = adapter.activeQueue.shift()) replies.push(next);
    return replies;
  };
  return {
    bot,
    adapter,
    storage,
    transcripts,
    followUpStore,
    async say(text: string): Promise<Partial<Activity>[]> {
      await adapter.receiveActivity({ type: ActivityTypes.Message, text, locale: 'fr-FR' });
      // The transcript logger writes without awaiting: let it finish before anyone reads it.
      await new Promise((resolve) => setImmediate(resolve));
      return drain();
    },
    async event(name: string, value: unknown): Promise<Partial<Activity>[]> {
      await adapter.receiveActivity({ type: ActivityTypes.Event, name, value, locale: 'fr-FR' });
      await new Promise((resolve) => setImmediate(resolve));
      return drain();
    },
    drain,
  };
}

export const slot = (activity: Partial<Activity> | undefined): unknown =>
  (activity?.channelData as { slot?: unknown } | undefined)?.slot;
