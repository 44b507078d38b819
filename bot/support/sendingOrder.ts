import type { Middleware, TurnContext } from 'botbuilder';

/**
 * Registered after the transcript logger: stamps each reply of a turn with a strictly increasing time, after
 * the user's message, so a transcript (sorted by time: blob stores name activities by it) lists them in
 * sending order. Without it, an event built earlier in the turn (EventFactory stamps `handoff.initiate`
 * when it is made) came before the message that announced it.
 */
export class SendingOrderMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    // The transcript logger dates a message without a timestamp when the turn starts, before this runs.
    let last = new Date(context.activity.timestamp ?? Date.now()).getTime() || Date.now();
    context.onSendActivities(async (_context, activities, send) => {
      for (const activity of activities) {
        last = Math.max(Date.now(), last + 1);
        activity.timestamp = new Date(last);
      }
      return send();
    });
    await next();
  }
}
