import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogSet, DialogStateManagerConfiguration } from '../../dialogs/dialogsLib';

/*
 * What this bot takes from the Bot Framework SDK beyond its documented API, in one place: an SDK upgrade (or the
 * move to the Microsoft 365 Agents SDK) starts here. test/bot/sdkInternals.test.ts fails if one of them changes.
 */

/**
 * What CloudAdapter.process does to a request body before authenticating it (checks `type`, parses the
 * timestamps into Dates); not exported from the package root. /api/messages checks the body with zod first.
 */
export { validateAndFixActivity } from 'botbuilder/lib/activityValidator';

/** The turn-state key under which botbuilder-dialogs keeps the memory scopes every DialogContext of a turn shares. */
export const dialogStateManagerConfigurationKey = 'DialogStateManagerConfiguration';

/** The first turn's memory scopes and path resolvers: stateless objects (they keep per-turn data in turn state). */
let shared: DialogStateManagerConfiguration | undefined;

/**
 * DialogSet.createContext, with the memory scopes built on the first turn reused by every later one:
 * botbuilder-dialogs otherwise rebuilds them through its service collection on every turn (~3 % of a turn's CPU).
 */
export async function dialogContextOf(dialogs: DialogSet, context: TurnContext): Promise<DialogContext> {
  if (shared && !context.turnState.has(dialogStateManagerConfigurationKey))
    context.turnState.set(dialogStateManagerConfigurationKey, shared);
  const dc = await dialogs.createContext(context);
  shared ??= dc.state.configuration;
  return dc;
}
