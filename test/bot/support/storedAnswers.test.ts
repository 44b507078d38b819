import { ConversationState, MemoryStorage, TestAdapter } from 'botbuilder';
import { storedAnswers } from '../../../bot/support/storedAnswers';

describe('the stored answers, read outside a turn for the agent endpoints', () => {
  it('finds what ConversationState saved for that channel and conversation', async () => {
    const storage = new MemoryStorage();
    const state = new ConversationState(storage);
    const sessions = state.createProperty<unknown>('session');
    const adapter = new TestAdapter(async (context) => {
      await sessions.set(context, { answers: { 'representant.telephone': '0629001122', finess: '750712184' } });
      await state.saveChanges(context);
    });
    await adapter.send('bonjour');
    const { channelId, conversation } = adapter.conversation;
    expect(await storedAnswers(storage, channelId ?? '', conversation.id)).toEqual({
      'representant.telephone': '0629001122',
      finess: '750712184',
    });
    expect(await storedAnswers(storage, channelId ?? '', 'another')).toEqual({});
  });

  it('gives none when the storage cannot be read', async () => {
    const failing = new MemoryStorage();
    failing.read = () => Promise.reject(new Error('down'));
    expect(await storedAnswers(failing, 'directline', 'c')).toEqual({});
  });
});
