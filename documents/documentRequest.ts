import { z } from 'zod';
import { supportedLanguages } from '../locales';
import { planSchema } from '../rules/plan/schema';

/** What a document turn asks for: the plan, the user's language and the time (the .ics DTSTAMP). */
export const documentRequestSchema = z.object({
  plan: planSchema,
  language: z.enum(supportedLanguages),
  now: z.date(),
});
export type DocumentRequest = z.infer<typeof documentRequestSchema>;

export const renderedDocumentSchema = z.object({
  kind: z.enum(['form413', 'implementationGuide', 'renewalReminder']),
  fileName: z.string().min(1),
  contentType: z.string().min(1),
  /** What the file is, in the user's language, for the list in the chat. */
  description: z.string(),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'not bytes'),
});
export type RenderedDocument = z.infer<typeof renderedDocumentSchema>;
