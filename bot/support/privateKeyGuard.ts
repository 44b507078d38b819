import type { Middleware, TurnContext } from 'botbuilder';
import { containsPrivateKey } from '../../documents/csr/privateKey';

/** Turn-state flag read by the bot to answer with the warning instead of running the dialog. */
export const privateKeyRemovedKey = Symbol('assistant413.privateKeyRemoved');

/**
 * Registered before the transcript logger: a pasted private key is wiped from the activity before anything
 * (transcript, state, logs, the dialog) sees it, so it is never stored, echoed or transcribed.
 */
export class PrivateKeyGuard implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { text, value } = context.activity;
    const valueText = value === undefined ? '' : JSON.stringify(value);
    if (containsPrivateKey(text ?? '') || containsPrivateKey(valueText)) {
      context.activity.text = '';
      context.activity.value = undefined;
      context.activity.attachments = undefined;
      context.turnState.set(privateKeyRemovedKey, true);
    }
    await next();
  }
}

export const privateKeyWasRemoved = (context: TurnContext): boolean => context.turnState.get(privateKeyRemovedKey) === true;
