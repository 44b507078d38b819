import { z } from 'zod';
import { answersSchema } from '../rules/answers';
import { followUpStateSchema } from '../rules/followUp/state';
import { editorPrefillSchema } from '../rules/prefill';
import { walk, Walk } from '../rules/questions/walk';
import { directorySessionSchema } from './directory/directorySession';

/** What one conversation keeps between turns (in the configured storage, as conversation state). */
export const sessionSchema = z.object({
  answers: answersSchema.default({}),
  /** Keys the user asked to change in the summary: an inferred answer among them (the 3.2 box) is asked. */
  reopened: z.array(z.string()).default([]),
  /** Failed attempts per slot, to offer help (and a person) after repeated failures. */
  failures: z.record(z.string(), z.number()).default({}),
  /** What the editor's widget knows (only for conversations started from that widget). */
  editorPrefill: editorPrefillSchema.optional(),
  /** Keys whose current answer came from the editor: shown as such in the summary. */
  prefilledKeys: z.array(z.string()).default([]),
  /** Keys ever filled from the editor: never filled again once the user changed them. */
  prefillUsed: z.array(z.string()).default([]),
  /** What the Annuaire Santé filled, and a look-up in progress. */
  directory: directorySessionSchema.default({}),
  /** «recommencer» was said: the next answer confirms or cancels it. */
  awaitingRestartConfirm: z.boolean().default(false),
  started: z.boolean().default(false),
  /** Handed to a person: the bot stays silent until the desk's handoff.status event ends it. */
  handedOff: z.boolean().default(false),
  /** The follow-up after the documents, resumable at any point (issue: from "form sent" to "installed"). */
  followUp: followUpStateSchema.optional(),
  /** Documents already produced, for the hand-off summary. */
  documents: z.array(z.object({ kind: z.string(), fileName: z.string(), url: z.string() })).default([]),
  finished: z.boolean().default(false),
});
export type Session = z.infer<typeof sessionSchema>;

export const emptySession = (): Session => sessionSchema.parse({});

/** Where the conversation stands on the guided path, with the inferred answers the user chose to change. */
export const walkSession = (session: Session): Walk => walk(session.answers, session.reopened);

/**
 * What readSession already knows, to parse stored state once per turn (zod was a few % of a turn's CPU):
 * a stored value it parsed → that parse, kept untouched (stored values are replaced, never changed, by the
 * dialogs); a session it handed out → itself (typed code may have changed it since: copied as it is now).
 */
const known = new WeakMap<object, Session>();

/** A deep copy of plain JSON-shaped data, what a session is: several times cheaper than structuredClone. */
function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyOf) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) copy[key] = copyOf(inner);
  return copy as T;
}

/** A copy for one caller, which may change it freely: every read returns a fresh session, as zod did. */
function handOut(session: Session): Session {
  const copy = copyOf(session);
  known.set(copy, copy);
  return copy;
}

/** Reads stored state through zod: a session written by an older version or corrupted restarts cleanly. */
export function readSession(stored: unknown): Session {
  const isObject = typeof stored === 'object' && stored !== null;
  const seen = isObject ? known.get(stored) : undefined;
  if (seen) return handOut(seen);
  const parsed = sessionSchema.safeParse(stored ?? {});
  if (!parsed.success) return emptySession();
  if (isObject) known.set(stored, parsed.data);
  return handOut(parsed.data);
}
