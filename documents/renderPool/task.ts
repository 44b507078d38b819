import { z } from 'zod';
import { form413DocumentSchema } from '../form413/document';
import { documentRequestSchema, renderedDocumentSchema } from '../documentRequest';

/** What the document pool's worker is asked to make: one Form 413, or every document of a request (a document turn). */
export const documentTaskSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('form413'), doc: form413DocumentSchema }),
  z.object({ kind: z.literal('documents'), request: documentRequestSchema }),
]);
export type DocumentTask = z.input<typeof documentTaskSchema>;

export const pdfResultSchema = z.instanceof(Uint8Array);
export const documentsResultSchema = z.array(renderedDocumentSchema);
