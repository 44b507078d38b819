import { z } from 'zod';
import { form413FieldsSchema } from '../../rules/form413Fields';

/** The assistant's notice for whoever signs and sends the form: a page of its own, never on the form's pages. */
export const coverPageSchema = z
  .object({
    title: z.string().min(1).max(200),
    sections: z
      .array(z.object({ heading: z.string().max(200), paragraphs: z.array(z.string().max(600)).max(8) }).strict())
      .min(1)
      .max(6),
  })
  .strict();

export const form413DocumentSchema = z
  .object({
    fields: form413FieldsSchema,
    /** Printed as page 1, before the official two pages; without it the PDF is the two pages alone. */
    cover: coverPageSchema.optional(),
  })
  .strict();

export type CoverPage = z.infer<typeof coverPageSchema>;

/** One Form 413 to render: the AcroForm values and the cover page. */
export interface Form413Document extends z.infer<typeof form413DocumentSchema> {}
