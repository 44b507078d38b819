import { z } from 'zod';
import { directoryEditionSchema, placeOfPracticeSchema, practitionerSchema } from '../rules/directory/place';

const lookupTargetSchema = z.object({
  key: z.string(),
  need: z.enum(['any', 'finess', 'siret', 'rppsRang']),
  cabinetIndex: z.number().int().positive(),
  radiologist: z.number().int().positive().optional(),
});

/** The annuaire's raison sociale for the place chosen, differing from the one given earlier. */
const mismatchSchema = z.object({ key: z.string(), typed: z.string(), directory: z.string() });

/** A look-up in progress: what it is for, what it asks now, and what was listed (a choice maps to it). */
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

export const directorySessionSchema = z.object({
  /** Keys whose current answer came from the Annuaire Santé: the summary says so, with the edition. */
  filledKeys: z.array(z.string()).default([]),
  edition: directoryEditionSchema.optional(),
  /** The radiologist found: later look-ups list their places without asking the name again. */
  rpps: z.string().optional(),
  /** A name or RPPS from the first message, looked up at the first question the annuaire can answer. */
  pendingQuery: z.string().optional(),
  lookup: lookupStateSchema.optional(),
});
