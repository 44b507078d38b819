import { ActivityTypes, TestAdapter, TurnContext } from 'botbuilder';

/** A message turn context of one conversation, without running any bot. */
export function turnOf(adapter: TestAdapter, conversationId: string, text = 'bonjour'): TurnContext {
  return new TurnContext(adapter, {
    type: ActivityTypes.Message,
    channelId: 'test',
    text,
    from: { id: 'user', name: 'user' },
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: conversationId, name: '', isGroup: false, conversationType: 'personal' },
    serviceUrl: 'http://localhost',
  });
}
