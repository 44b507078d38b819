import { z } from 'zod';
import type { UnsureReason } from '../questions/unsure';
import type { FollowUp } from './followUps';

/** Where the follow-up stands: each phase asks one thing, `scheduled` waits for the ANS, `done` and `stopped` end it. */
export const followUpPhases = [
  'offer',
  'askSentOn',
  'awaitingSend',
  'askReference',
  'scheduled',
  'askConfirmed',
  'walkthrough',
  'done',
  'stopped',
] as const;
export type FollowUpPhase = (typeof followUpPhases)[number];

/** The follow-up's state as the session keeps it (resumable after a restart, a proactive message or days of silence). */
export const followUpStateSchema = z.object({
  phase: z.enum(followUpPhases),
  sentOn: z.string().optional(),
  /** The ANS file reference, kept as typed; none when the user has none. */
  reference: z.string().optional(),
  /** When the ANS's answer is due (the bot comes back then). */
  dueOn: z.string().optional(),
  /** The walk-through's position: which certificate of the plan, which platform step. */
  certificate: z.number().int().nonnegative().default(0),
  step: z.number().int().nonnegative().default(0),
});
export type FollowUpState = z.infer<typeof followUpStateSchema>;

/** Where every follow-up starts: the offer made with the documents. */
export const offeredFollowUp: FollowUpState = { phase: 'offer', certificate: 0, step: 0 };

/** The follow-up still has something to ask or to wait for: not finished (certificates installed) nor stopped. */
export const isActive = (state: FollowUpState): boolean => state.phase !== 'done' && state.phase !== 'stopped';

/** Which question the help for «je ne sais pas» is about (locales `unsure.followUp.<topic>`). */
export type UnsureTopic = 'offer' | 'sentOn' | 'reference' | 'ansConfirmed' | 'step';

/**
 * What happened, as the machine reads it: the documents went out (`offer`), the ANS's answer fell due
 * (`answerDue`), the user's message as `readFollowUpAnswer` understood it, or the CSR check the machine asked for.
 */
export type FollowUpInput =
  | { kind: 'offer' }
  | { kind: 'answerDue' }
  | { kind: 'stop' }
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'unsure'; reason: UnsureReason }
  | { kind: 'notSentYet' }
  | { kind: 'sentOn'; date: string }
  | { kind: 'reference'; value: string }
  | { kind: 'noReference' }
  | { kind: 'done' }
  | { kind: 'csr'; text: string }
  | { kind: 'csrChecked'; accepted: boolean }
  | { kind: 'other' };

/** What the bot tells the user besides the state's question; the dialog puts each into words. */
export type FollowUpMessage =
  | { kind: 'unsure'; reason: UnsureReason; topic: UnsureTopic }
  | { kind: 'offerNotYet' | 'declined' | 'stopped' | 'whenSent' | 'badDate' | 'badReference' }
  | { kind: 'scheduled' | 'notYetDue'; dueOn: string }
  | { kind: 'notReceived'; dueOn: string; reference?: string }
  | { kind: 'finished'; certificates: number; expiresOn: string; remindOn: string };

/**
 * What the dialog does, in order: ask the new state's question, say a message, replace the conversation's
 * pending follow-ups, or check a pasted CSR (with node-forge, outside rules/) and answer with `csrChecked`.
 */
export type FollowUpEffect =
  | { kind: 'ask' }
  | { kind: 'say'; message: FollowUpMessage }
  | { kind: 'schedule'; followUps: FollowUp[] }
  | { kind: 'checkCsr'; text: string; commonName: string };

export interface FollowUpStep {
  state: FollowUpState;
  effects: FollowUpEffect[];
}
