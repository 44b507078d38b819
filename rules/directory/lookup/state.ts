import { z } from 'zod';
import type { Answers } from '../../answers';
import type { AnswerConflict } from '../../questions/answerChecks';
import type { UnsureReason } from '../../questions/unsure';
import type { DirectoryQuery } from '../directoryQuery';
import type { LookupTarget, PlaceNeed } from '../lookupTarget';
import {
  DirectoryEdition,
  directoryEditionSchema,
  DirectoryResult,
  PlaceOfPractice,
  placeOfPracticeSchema,
  Practitioner,
  practitionerSchema,
} from '../place';

const lookupTargetSchema = z.object({
  key: z.string(),
  need: z.enum(['any', 'finess', 'siret', 'rppsRang']),
  cabinetIndex: z.number().int().positive(),
  radiologist: z.number().int().positive().optional(),
});

/** The annuaire's raison sociale for the place chosen, differing from the one given earlier. */
const mismatchSchema = z.object({ key: z.string(), typed: z.string(), directory: z.string() });

/** A look-up in progress, as the session keeps it: what it is for, what it asks now, and what was listed (a choice maps to it). */
export const lookupStateSchema = z.object({
  target: lookupTargetSchema,
  phase: z.enum(['query', 'town', 'practitioner', 'place', 'denomination']),
  failures: z.number().int().nonnegative().default(0),
  edition: directoryEditionSchema.optional(),
  practitioners: z.array(practitionerSchema).default([]),
  places: z.array(placeOfPracticeSchema).default([]),
  /** Phase `denomination`: the name given earlier and the annuaire's, one of which goes on the form. */
  mismatch: mismatchSchema.optional(),
});
export type LookupState = z.infer<typeof lookupStateSchema>;
export type LookupPhase = LookupState['phase'];

/** What the machine knows of the conversation: the answers so far, and the first radiologist found earlier. */
export interface LookupContext {
  answers: Answers;
  rememberedRpps?: string;
}

/** A search for the dialog to run (the annuaire answers asynchronously); its result comes back as `found`. */
export interface LookupSearch {
  query: Exclude<DirectoryQuery, { kind: 'invalid' }>;
  /** As typed: homonyms are reported with it. */
  text: string;
  /** Typed at the question itself, not at the look-up's own: a miss gives that question back at once. */
  atQuestion: boolean;
  /** A name search lists at most this many practitioners. */
  limit: number;
}

/**
 * What happened: a look-up asked for (with a name or an RPPS already typed), the user's message as
 * `readLookupAnswer` understood it (a choice of the question, not knowing, free text), or the annuaire's answer.
 */
export type LookupInput =
  | { kind: 'start'; target: LookupTarget; query?: string }
  | { kind: 'chosen'; id: string }
  | { kind: 'unsure'; reason: UnsureReason }
  | { kind: 'typed'; text: string }
  | { kind: 'found'; search: LookupSearch; result: DirectoryResult };

/** What the bot tells the user before the question or the look-up's end; the dialog puts each into words. */
export type LookupNote =
  | { kind: 'unsure'; reason: UnsureReason; phase: LookupPhase }
  | { kind: 'invalidQuery'; reason: 'rppsKey' | 'notAName' }
  | { kind: 'notFound'; query: string; edition: DirectoryEdition }
  | { kind: 'unavailable' | 'manualHelp' | 'nothingFilled' | 'denominationNotUnderstood' }
  | { kind: 'homonyms'; count: number; query: string; truncated: boolean }
  | { kind: 'townNotFound'; town: string }
  | { kind: 'places'; practitioner: Practitioner; places: PlaceOfPractice[]; edition?: DirectoryEdition }
  | { kind: 'noMatchingPlace'; practitioner: Practitioner; need: PlaceNeed | 'other' }
  | { kind: 'conflict'; conflict: AnswerConflict }
  | { kind: 'filled'; values: Record<string, string>; place: PlaceOfPractice; edition?: DirectoryEdition }
  | { kind: 'denominationKept'; name: string };

/**
 * What the dialog does, in order: run a search, remember the radiologist found (for the next look-ups),
 * record answers from the annuaire, ask the state's question after the notes, or end with the keys filled.
 */
export type LookupEffect =
  | { kind: 'search'; search: LookupSearch }
  | { kind: 'remember'; rpps: string }
  | { kind: 'record'; values: Record<string, string>; edition?: DirectoryEdition }
  | { kind: 'ask'; notes: LookupNote[] }
  | { kind: 'end'; filled: string[]; notes: LookupNote[] };

/** The next state (none once the look-up has ended) and what to do. */
export interface LookupStep {
  state: LookupState | undefined;
  effects: LookupEffect[];
}

export const ask = (state: LookupState, ...notes: LookupNote[]): LookupStep => ({
  state,
  effects: [{ kind: 'ask', notes }],
});

/** Back to the question the look-up started from, with what to tell the user (nothing filled). */
export const giveUp = (...notes: LookupNote[]): LookupStep => ({
  state: undefined,
  effects: [{ kind: 'end', filled: [], notes }],
});

export const after = (effects: readonly LookupEffect[], step: LookupStep): LookupStep => ({
  state: step.state,
  effects: [...effects, ...step.effects],
});
