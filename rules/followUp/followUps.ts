import { z } from 'zod';
import { addDays, addWorkingDays, addYears } from '../plan/workingDays';
import { ansProcessingWorkingDays, reminderDaysBeforeExpiry, validityYears } from '../plan/timeline';
import { isoDateSchema } from '../plan/schema';

/** A follow-up the bot owes a conversation: the ANS's answer to the form, then the renewal. */
export const followUpKindSchema = z.enum(['ansAnswer', 'renewal']);
export const followUpSchema = z.object({
  kind: followUpKindSchema,
  dueOn: isoDateSchema,
  /** The ANS file reference from the acknowledgement, kept as typed. */
  reference: z.string().max(80).optional(),
  sentOn: isoDateSchema.optional(),
  status: z.enum(['pending', 'sent', 'stopped']),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** The ANS answers in about 3 working days from when the form is sent (guide §4: «environ 3 jours ouvrés»). */
export const ansAnswerDueOn = (sentOn: string): string => addWorkingDays(sentOn, ansProcessingWorkingDays);

/** Our renewal reminder: 60 days before the 3-year expiry, while the certificate can still be renewed (guide §8). */
export function renewalDueOn(issuedOn: string): { expiresOn: string; remindOn: string } {
  const expiresOn = addYears(issuedOn, validityYears);
  return { expiresOn, remindOn: addDays(expiresOn, -reminderDaysBeforeExpiry) };
}

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const noControlCharacters = /^[^\u0000-\u001f\u007f<>]+$/;

/** A reference «loosely» checked: what an acknowledgement e-mail could carry, without control characters. */
export const fileReferenceSchema = z
  .string()
  .transform((text) => text.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(3).max(80).regex(noControlCharacters));

/** Whether a pending follow-up is due on `today` (YYYY-MM-DD, compared as ISO dates). */
export const isDue = (followUp: FollowUp, today: string): boolean =>
  followUp.status === 'pending' && followUp.dueOn <= today;
