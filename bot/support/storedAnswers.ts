import type { Storage } from 'botbuilder';
import { readSession } from '../../dialogs/session';
import type { Answers } from '../../rules/answers';

/** ConversationState's storage key (botbuilder-core `ConversationState.getStorageKey`, empty namespace: a trailing slash). */
const conversationStateKey = (channelId: string, conversationId: string): string =>
  `${channelId}/conversations/${conversationId}/`;

/**
 * The answers a conversation's state holds, read outside a turn (the agent endpoints). Unreadable state
 * gives none: masking then relies on the validators' formats alone.
 */
export async function storedAnswers(storage: Storage, channelId: string, conversationId: string): Promise<Answers> {
  const key = conversationStateKey(channelId, conversationId);
  try {
    const items = await storage.read([key]);
    const state: unknown = items[key];
    return readSession(state && typeof state === 'object' ? Reflect.get(state, 'session') : undefined).answers;
  } catch {
    return {};
  }
}
