import { z } from 'zod';
import { form413DocumentSchema } from '../form413/document';
import { guideContentSchema } from '../guide/guideContent';
import { renewalReminderInputSchema } from '../reminder';

/** What the document pool's worker is asked to make: a Form 413, the implementation guide PDF or the .ics reminder. */
export const documentTaskSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('form413'), doc: form413DocumentSchema }),
  z.object({ kind: z.literal('guidePdf'), content: guideContentSchema, footer: z.string() }),
  z.object({ kind: z.literal('reminder'), input: renewalReminderInputSchema }),
]);
export type DocumentTask = z.input<typeof documentTaskSchema>;

export const pdfResultSchema = z.instanceof(Uint8Array);
export const reminderResultSchema = z.string().min(1);
