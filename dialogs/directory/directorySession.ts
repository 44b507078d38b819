import { z } from 'zod';
import { lookupStateSchema } from '../../rules/directory/lookup/state';
import { directoryEditionSchema } from '../../rules/directory/place';

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
