import type { Activity, Middleware, TurnContext } from 'botbuilder';
import { translatorFor } from '../../locales';
import { scrubPrivateKeys } from './privateKeyScrub';

/** Turn-state flag read by the bot to answer with the warning instead of running the dialog. */
export const privateKeyRemovedKey = Symbol('assistant413.privateKeyRemoved');

/** Activities whose key material was already replaced upstream (the Direct Line bridge, before echoing them). */
const scrubbedUpstream = new WeakSet<object>();

/**
 * Replaces key material in an activity before anything records it (the Direct Line bridge's history, the
 * transcript, state, logs); the turn that runs it then answers with the warning. True when a key was found.
 */
export const removePrivateKeys = (activity: Partial<Activity> & object): boolean =>
  scrubPrivateKeys(activity, translatorFor(activity.locale)('csr.removedPlaceholder'));

/** Tells the guard that this activity, about to run, had key material removed before it was built. */
export const markPrivateKeyRemoved = (activity: object): void => void scrubbedUpstream.add(activity);

/**
 * Registered before the transcript logger: a pasted private key is replaced in the whole activity before
 * anything (transcript, state, logs, the dialog) sees it, so it is never stored, echoed or transcribed.
 */
export class PrivateKeyGuard implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const upstream = scrubbedUpstream.has(context.activity);
    if (removePrivateKeys(context.activity) || upstream) context.turnState.set(privateKeyRemovedKey, true);
    await next();
  }
}

export const privateKeyWasRemoved = (context: TurnContext): boolean =>
  context.turnState.get(privateKeyRemovedKey) === true;
