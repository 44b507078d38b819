import type { Activity, Middleware, TurnContext } from 'botbuilder';

const bufferKey = Symbol('assistant413.replyBuffer');

export interface ReplyBuffer {
  capturing: boolean;
  activities: Partial<Activity>[];
}

/**
 * Registered first on the adapter: while a turn is tried, its replies wait here and are sent only once
 * its state is saved, so a retried turn (state conflict) never sends twice, and the transcript logger,
 * registered after it, records only what was really sent.
 */
export class ReplyBufferMiddleware implements Middleware {
  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const buffer: ReplyBuffer = { capturing: false, activities: [] };
    context.turnState.set(bufferKey, buffer);
    context.onSendActivities(async (_context, activities, send) => {
      if (!buffer.capturing) return send();
      buffer.activities.push(...activities);
      return activities.map(() => ({ id: '' }));
    });
    await next();
  }
}

export function replyBufferOf(context: TurnContext): ReplyBuffer | undefined {
  const buffer: unknown = context.turnState.get(bufferKey);
  return buffer && typeof buffer === 'object' && 'capturing' in buffer ? (buffer as ReplyBuffer) : undefined;
}
