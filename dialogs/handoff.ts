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

/** Hands the conversation to a person (the bot layer sends Bot Framework's handoff.initiate event). */
export interface HandoffRequester {
  /** False outside the support desk's opening hours: nothing is sent, the user is pointed to the ANS instead. */
  isOpen(now: Date): boolean;
  request(context: TurnContext, summary: HandoffSummary): Promise<void>;
}
