import {
  Activity,
  ActivityTypes,
  MemoryStorage,
  MemoryTranscriptStore,
  TestAdapter,
  TranscriptLoggerMiddleware,
} from 'botbuilder';
import { AssistantBot } from '../../../bot/assistantBot';
import { OptimisticConversationState } from '../../../bot/state/optimisticConversationState';
import { ReplyBufferMiddleware } from '../../../bot/state/replyBuffer';
import { slot } from '../assistantBot/botHarness';
import { RecordingProducer } from '../../dialogs/conversationHarness';

const lostNotice = /Je ne retrouve pas vos réponses précédentes/;
/** The key TestAdapter's conversation is stored under. */
const stateKey = 'test/conversations/Convo1/';

/** One bot instance on shared stores: its own memory of which conversations it saw stored. */
function instance(storage: MemoryStorage, transcripts: MemoryTranscriptStore) {
  const bot = new AssistantBot({
    conversationState: new OptimisticConversationState(storage),
    documents: new RecordingProducer(),
    today: () => '2026-11-30',
    transcripts,
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  adapter.use(new ReplyBufferMiddleware());
  adapter.use(new TranscriptLoggerMiddleware(transcripts));
  return async (text: string, locale = 'fr-FR'): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity({ type: ActivityTypes.Message, text, locale });
    await new Promise((resolve) => setImmediate(resolve)); // the transcript logger does not wait for its writes
    const replies: Partial<Activity>[] = [];
    for (let next = adapter.activeQueue.shift(); next; next = adapter.activeQueue.shift()) replies.push(next);
    return replies;
  };
}

describe('a conversation whose stored answers are gone is told so; a new one is not', () => {
  it('says nothing about lost answers to a new conversation, whatever its first words', async () => {
    const say = instance(new MemoryStorage(), new MemoryTranscriptStore());
    const replies = await say('MARTIN');
    expect(replies.some((reply) => lostNotice.test(reply.text ?? ''))).toBe(false);
    expect(slot(replies.at(-1))).toBe('risController');
  });

  it('the instance that saw it stored tells the user, then starts again at the first question', async () => {
    const storage = new MemoryStorage();
    const say = instance(storage, new MemoryTranscriptStore());
    await say('bonjour');
    await say('un GIE');
    await storage.delete([stateKey]);
    const replies = await say('non');
    expect(replies[0]?.text).toMatch(lostNotice);
    expect(slot(replies.at(-1))).toBe('risController');
  });

  it("another instance tells it from the transcript store (the state alone was lost), in the user's language", async () => {
    const storage = new MemoryStorage();
    const transcripts = new MemoryTranscriptStore();
    const first = instance(storage, transcripts);
    await first('hello', 'en-US');
    await first('a GIE', 'en-US');
    await storage.delete([stateKey]);
    const replies = await instance(storage, transcripts)('no', 'en-US');
    expect(replies[0]?.text).toMatch(/I cannot find your earlier answers/);
    expect(slot(replies.at(-1))).toBe('risController');
  });
});
