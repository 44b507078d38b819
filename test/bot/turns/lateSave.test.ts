import {
  Activity,
  ActivityTypes,
  MemoryStorage,
  Middleware,
  Storage,
  StoreItems,
  TestAdapter,
  TurnContext,
} from 'botbuilder';
import { AssistantBot } from '../../../bot/assistantBot';
import { silentLogger } from '../../../bot/logger';
import { deadlineStorage } from '../../../bot/state/deadlineStores';
import { OptimisticConversationState } from '../../../bot/state/optimisticConversationState';
import { ReplyBufferMiddleware } from '../../../bot/state/replyBuffer';
import { createTurnErrorHandler } from '../../../bot/turnErrors';
import { ConversationGate } from '../../../bot/turns/conversationGate';
import { observeStoredLog } from '../../../bot/turns/turnRecords';
import { gieConversation } from '../../../bench/gieScript';
import { slot } from '../assistantBot/botHarness';
import { RecordingProducer } from '../../dialogs/conversationHarness';

/** A memory storage whose writes can hang, then land all at once: a storage paused at the save. */
class StallingStorage implements Storage {
  private readonly inner = new MemoryStorage();
  private held: (() => void)[] | undefined;
  stallWrites(): void {
    this.held = [];
  }
  /** The storage wakes up: what it had received is written now, after its turns gave up. */
  wake(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const land of held) land();
  }
  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }
  write(changes: StoreItems): Promise<void> {
    const held = this.held;
    if (!held) return this.inner.write(changes);
    return new Promise((resolve, reject) => held.push(() => void this.inner.write(changes).then(resolve, reject)));
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

/** Replies fail to go out while `failing` is set (the channel down). */
class FailingChannel implements Middleware {
  failing = false;
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (_context, _activities, send) => {
      if (this.failing) throw new Error('channel down');
      return send();
    });
    await next();
  }
}

function startStallingBot(remoteStorage = true) {
  const storage = new StallingStorage();
  const channel = new FailingChannel();
  const conversationState = new OptimisticConversationState(deadlineStorage(storage, 100));
  const bot = new AssistantBot({
    conversationState,
    documents: new RecordingProducer(),
    today: () => '2026-11-30',
    remoteStorage,
  });
  const adapter = new TestAdapter((context) => bot.run(context));
  const onError = createTurnErrorHandler(conversationState, silentLogger);
  const observeLog = remoteStorage ? (context: TurnContext) => observeStoredLog(conversationState, context) : undefined;
  adapter.use(new ConversationGate({ instanceId: 'test', observeLog, onError, logger: silentLogger }));
  adapter.use(new ReplyBufferMiddleware());
  adapter.use(channel); // after the buffer: the replies fail when they go out, not while the turn runs
  const say = async (text: string): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity({ type: ActivityTypes.Message, text, locale: 'fr-FR' });
    const replies: Partial<Activity>[] = [];
    for (let next = adapter.activeQueue.shift(); next; next = adapter.activeQueue.shift()) replies.push(next);
    return replies;
  };
  return { storage, channel, say };
}

describe('a save that lands after its turn gave up (the storage woke up late)', () => {
  it('does not file the answer twice: the retry of «MARTIN» gets «déjà noté», then the first name is asked', async () => {
    const { storage, say } = startStallingBot();
    let replies: Partial<Activity>[] = [];
    for (const text of gieConversation(1).slice(0, 17)) replies = await say(text);
    expect(slot(replies.at(-1))).toBe('admin[1].nom');

    storage.stallWrites();
    replies = await say('MARTIN');
    expect(replies.map((reply) => reply.text)).toEqual([expect.stringMatching(/Réessayez dans un instant/)]);
    storage.wake(); // «MARTIN» is now stored as the last name, but the user never saw the next question

    replies = await say('MARTIN');
    expect(replies[0]?.text).toMatch(/déjà noté/);
    expect(slot(replies.at(-1))).toBe('admin[1].prenom');
    replies = await say('Jean');
    expect(slot(replies.at(-1))).toBe('admin[1].telephone');
  });

  it('a different message after the late save is told it was not recorded, and the first name is asked', async () => {
    const { storage, say } = startStallingBot();
    for (const text of gieConversation(1).slice(0, 17)) await say(text);
    storage.stallWrites();
    await say('MARTIN');
    storage.wake();
    const replies = await say('Jean');
    expect(replies[0]?.text).toMatch(/arrivé alors que je passais à la question suivante/);
    expect(slot(replies.at(-1))).toBe('admin[1].prenom');
    expect(slot((await say('Jean')).at(-1))).toBe('admin[1].telephone');
  });

  it('replies that could not be sent (memory storage): the next message is not filed under the unseen question', async () => {
    const { channel, say } = startStallingBot(false);
    for (const text of gieConversation(1).slice(0, 17)) await say(text);
    channel.failing = true;
    await say('MARTIN');
    channel.failing = false;
    const replies = await say('MARTIN');
    expect(replies[0]?.text).toMatch(/déjà noté/);
    expect(slot(replies.at(-1))).toBe('admin[1].prenom');
  });
});
