import { z } from 'zod';
import { guideContentSchema } from '../guide/guideContent';
import { renewalReminderInputSchema } from '../reminder';

/** What the guide pool's workers are asked to make: the implementation guide PDF or the .ics renewal reminder. */
export const guideTaskSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('guidePdf'), content: guideContentSchema, footer: z.string() }),
  z.object({ kind: z.literal('reminder'), input: renewalReminderInputSchema }),
]);
export type GuideTask = z.input<typeof guideTaskSchema>;

export const guidePdfResultSchema = z.instanceof(Uint8Array);
export const reminderResultSchema = z.string().min(1);
