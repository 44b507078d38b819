import { z } from 'zod';
import { answersSchema } from '../rules/answers';

/** What one conversation keeps between turns (in the configured storage, as conversation state). */
export const sessionSchema = z.object({
  answers: answersSchema.default({}),
  /** Failed attempts per slot, to offer help (and a person) after repeated failures. */
  failures: z.record(z.string(), z.number()).default({}),
  /** Values the editor's widget supplied: shown in the summary as such. */
  prefilledKeys: z.array(z.string()).default([]),
  /** «recommencer» was said: the next answer confirms or cancels it. */
  awaitingRestartConfirm: z.boolean().default(false),
  started: z.boolean().default(false),
  finished: z.boolean().default(false),
});
export type Session = z.infer<typeof sessionSchema>;

export const emptySession = (): Session => sessionSchema.parse({});

/** Reads stored state through zod: a session written by an older version or corrupted restarts cleanly. */
export function readSession(stored: unknown): Session {
  const parsed = sessionSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : emptySession();
}
