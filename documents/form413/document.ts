import { z } from 'zod';
import { form413FieldsSchema } from '../../rules/form413Fields';

export const form413DocumentSchema = z
  .object({
    fields: form413FieldsSchema,
    /** 1–3 short lines for the framed note above the official layout (case, form n of m, who signs). */
    coverNote: z.array(z.string()).max(3),
  })
  .strict();

/** One Form 413 to render: the AcroForm values and the cover note. */
export interface Form413Document extends z.infer<typeof form413DocumentSchema> {}
