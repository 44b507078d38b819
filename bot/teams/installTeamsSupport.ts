import type { Activity, ActivityHandler, TurnContext } from 'botbuilder';
import { toTeamsFileConsent } from './fileConsentCard';
import { handleFileConsent } from './handleFileConsent';
import { lookupIn, TeamsDocumentStore, TeamsLogger } from './teamsDocuments';
import type { UploadOptions } from './uploadSession';

export interface TeamsSupportOptions {
  logger?: TeamsLogger;
  upload?: UploadOptions;
}

const hookKey = Symbol('assistant413.teamsFileConsentHook');

/** File consent cards only work in a personal chat with the bot (Teams bot API for files). */
export const isPersonalTeamsChat = (activity: Partial<Activity>): boolean =>
  activity.channelId === 'msteams' && (activity.conversation?.conversationType ?? 'personal') === 'personal';

export const isFileConsentInvoke = (activity: Partial<Activity>): boolean =>
  activity.type === 'invoke' && activity.name === 'fileConsent/invoke';

/**
 * Teams specifics on an ActivityHandler without changing its base class: outgoing documents become file
 * consent cards, and the `fileConsent/invoke` the user's click sends is answered here (the plain
 * ActivityHandler would answer it 501).
 */
export function installTeamsSupport(
  bot: ActivityHandler,
  documents: TeamsDocumentStore,
  options: TeamsSupportOptions = {},
): void {
  const lookup = lookupIn(documents);
  bot.onTurn(async (context, next) => {
    if (!isPersonalTeamsChat(context.activity)) return next();
    addConsentHook(context, lookup);
    if (!isFileConsentInvoke(context.activity)) return next();
    await handleFileConsent(context, { documents, logger: options.logger, upload: options.upload });
  });
}

/**
 * Once per turn, even when the bot retries a turn: converted at the real send, after the reply buffer,
 * so the transcript records what Teams received.
 */
function addConsentHook(context: TurnContext, lookup: ReturnType<typeof lookupIn>): void {
  if (context.turnState.get(hookKey)) return;
  context.turnState.set(hookKey, true);
  context.onSendActivities(async (_context, activities, next) => {
    // In place: every later handler and the adapter read this same array.
    const converted = await Promise.all(activities.map((activity) => toTeamsFileConsent(activity, lookup)));
    converted.forEach((activity, index) => {
      activities[index] = activity;
    });
    return next();
  });
}
