import type { TurnContext } from 'botbuilder';

/** What the support agent receives with the conversation (besides its transcript). */
export interface HandoffSummary {
  language: string;
  caseNumber?: number;
  outcomeSoFar?: string;
  answers: { slot: string; value: string }[];
  currentSlot?: string;
  validationErrors: { slot: string; attempts: number }[];
  documents: { kind: string; fileName: string; url: string }[];
}

/** One opening window of the desk: ISO weekdays (1 = Monday) and local minutes; closing < opening runs past midnight. */
export interface DeskWindow {
  days: readonly [number, number];
  minutes: readonly [number, number];
}

/** When the desk opens next: days from today (0 = later today), ISO weekday, local minute of the day. */
export interface NextOpening {
  inDays: number;
  weekday: number;
  minutes: number;
}

export type DeskAvailability =
  { open: true } | { open: false; windows: readonly DeskWindow[]; timeZone: string; next?: NextOpening };

/** Hands the conversation to a person (the bot layer sends Bot Framework's handoff.initiate event). */
export interface HandoffRequester {
  /** Closed outside the desk's opening hours: nothing is sent, the user learns when to come back. */
  availability(): DeskAvailability;
  /** How the user reaches the desk when no advisor could take the conversation (`SUPPORT_CONTACT`). */
  contact?: string;
  request(context: TurnContext, summary: HandoffSummary): Promise<void>;
}
