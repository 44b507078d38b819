import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Receipt } from './turnLog';

const ticketKey = Symbol('assistant413.turnTicket');

/** What the conversation gate tells the bot about the turn it let through. */
export class TurnTicket {
  constructor(
    /** `instance/turn`: recorded as the maker of the version this turn saves. */
    readonly turnId: string,
    /** What was known when the activity arrived, before it waited for its turn. */
    readonly receipt: Promise<Receipt>,
    /** The turn's replies are out. */
    readonly delivered: () => void,
    /** False once another instance may have taken the conversation over (a lease renewal failed). */
    readonly held: () => boolean,
  ) {}
}

export function setTicket(context: TurnContext, ticket: TurnTicket): void {
  context.turnState.set(ticketKey, ticket);
}

/** The gate's ticket; without a gate (tests on a TestAdapter) a turn that was alone and on time. */
export function ticketOf(context: TurnContext): TurnTicket {
  const ticket: unknown = context.turnState.get(ticketKey);
  if (ticket instanceof TurnTicket) return ticket;
  const alone = new TurnTicket(
    `local/${randomUUID()}`,
    Promise.resolve({ undelivered: new Set() }),
    () => undefined,
    () => true,
  );
  setTicket(context, alone);
  return alone;
}
