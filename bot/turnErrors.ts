import { ConversationState, TurnContext } from 'botbuilder';
import { DialogContextError } from '../dialogs/dialogsLib';
import { translatorOf } from '../dialogs/turnText';
import type { Logger } from './logger';
import { replyBufferOf } from './state/replyBuffer';
import { reply } from '../dialogs/replies';

const storageErrorCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'REQUEST_SEND_ERROR',
  'ECONVERSATIONBUSY',
]);

/**
 * The shared storage did not answer (network, service, past its client-side deadline), or another turn of
 * the conversation held it too long: the user should simply retry.
 */
export function isStorageUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code: unknown = Reflect.get(error, 'code');
  const status: unknown = Reflect.get(error, 'statusCode');
  return (
    (typeof code === 'string' && storageErrorCodes.has(code)) ||
    (typeof status === 'number' && status >= 500) ||
    error.name === 'AbortError'
  );
}

/**
 * Logs the error with the dialog stack (no message text), apologises in the user's language and, for a bug,
 * drops the dialog stack only: the answers stay, so the next message resumes at the next question.
 */
export function createTurnErrorHandler(conversationState: ConversationState, logger: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const storageDown = isStorageUnavailable(error);
    logger.error(storageDown ? 'storage.unavailable' : 'turn.error', {
      error: error.name,
      code: String(Reflect.get(error, 'code') ?? ''),
      // Dialog ids only: a dialog's state may hold answers.
      dialogStack:
        error instanceof DialogContextError
          ? error.dialogContext.stack.map((instance) => instance.id).join(' > ')
          : undefined,
      channelId: context.activity.channelId,
      activityType: context.activity.type,
    });
    const buffer = replyBufferOf(context);
    if (buffer) buffer.capturing = false;
    const t = translatorOf(context);
    await context.sendActivity(
      reply(t(storageDown ? 'conversation.storageUnavailable' : 'conversation.unexpectedError')),
    );
    if (storageDown) return;
    try {
      await conversationState.createProperty('dialogState').delete(context);
      await conversationState.saveChanges(context, true);
    } catch (cleanupError) {
      logger.error('turn.errorCleanupFailed', { error: cleanupError instanceof Error ? cleanupError.name : 'unknown' });
    }
  };
}
