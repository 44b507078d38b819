import { Activity, ActivityTypes, MemoryStorage, Storage, StoreItems, TestAdapter } from 'botbuilder';
import { AssistantBot } from '../../bot/assistantBot';
import { silentLogger } from '../../bot/logger';
import { deadlineStorage } from '../../bot/state/deadlineStores';
import { OptimisticConversationState } from '../../bot/state/optimisticConversationState';
import { ReplyBufferMiddleware } from '../../bot/state/replyBuffer';
import { createTurnErrorHandler } from '../../bot/turnErrors';
import { ConversationGate } from '../../bot/turns/conversationGate';
import { observeStoredLog } from '../../bot/turns/turnRecords';
import { gieConversation } from '../../bench/gieScript';
import { slot } from '../assistant/botHarness';
import { RecordingProducer } from '../dialogs/conversationHarness';

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
    return new Promise((resolve, reject) => held.push(() => this.inner.write(changes).then(resolve, reject)));
  }
  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

function startStallingBot() {
  const storage = new StallingStorage();
  const conversationState = new OptimisticConversationState(deadlineStorage(storage, 100));
  const bot = new AssistantBot({ conversationState, documents: new RecordingProducer(), today: () => '2026-11-30' });
  const adapter = new TestAdapter((context) => bot.run(context));
  const onError = createTurnErrorHandler(conversationState, silentLogger);
  adapter.use(new ConversationGate({ instanceId: 'test', observeLog: (context) => observeStoredLog(conversationState, context), onError, logger: silentLogger }));
  adapter.use(new ReplyBufferMiddleware());
  const say = async (text: string): Promise<Partial<Activity>[]> => {
    await adapter.receiveActivity({ type: ActivityTypes.Message, text, locale: 'fr-FR' });
    const replies: Partial<Activity>[] = [];
    for (let next = adapter.activeQueue.shift(); next; next = adapter.activeQueue.shift()) replies.push(next);
    return replies;
  };
  return { storage, say };
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
});
