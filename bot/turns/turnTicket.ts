import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Receipt } from './turnLog';

const ticketKey = Symbol('assistant413.turnTicket');

/** What the conversation gate tells the bot about the turn it let through. */
export interface TurnTicket {
  /** `instance/turn`: recorded as the maker of the version this turn saves. */
  turnId: string;
  /** What was known when the activity arrived, before it waited for its turn. */
  receipt: Promise<Receipt>;
  /** The turn's replies are out. */
  delivered(): void;
  /** False once another instance may have taken the conversation over (a lease renewal failed). */
  held(): boolean;
}

export function setTicket(context: TurnContext, ticket: TurnTicket): void {
  context.turnState.set(ticketKey, ticket);
}

/** The gate's ticket; without a gate (tests on a TestAdapter) a turn that was alone and on time. */
export function ticketOf(context: TurnContext): TurnTicket {
  const ticket: unknown = context.turnState.get(ticketKey);
  if (ticket && typeof ticket === 'object' && 'receipt' in ticket) return ticket as TurnTicket;
  const alone: TurnTicket = { turnId: `local/${randomUUID()}`, receipt: Promise.resolve({ undelivered: new Set() }), delivered: () => undefined, held: () => true };
  setTicket(context, alone);
  return alone;
}
