import { createEvent, DateArray, EventAttributes } from 'ics';
import { z } from 'zod';
import { getI18n, supportedLanguages } from '../../locales';
import { escapeIcsText, refoldIcs } from './icsLines';

export const renewalPlatformUrl = 'https://pfc.eservices.esante.gouv.fr';

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a calendar date');

export const renewalReminderInputSchema = z
  .object({
    language: z.enum(supportedLanguages),
    remindOn: isoDateSchema,
    expiresOn: isoDateSchema,
    structureName: z.string().trim().min(1),
    nationalStructureId: z.string().trim().min(1),
    certificates: z.array(z.object({ commonName: z.string().min(1), usage: z.string().min(1) })).min(1),
    uid: z.string().trim().min(1),
    now: z.date(),
  })
  // Renewal is only possible while the certificate is active (guide §8): a later reminder is useless.
  .refine((input) => input.remindOn < input.expiresOn, { message: 'remindOn must come before expiresOn', path: ['remindOn'] });

export type RenewalReminderInput = z.input<typeof renewalReminderInputSchema>;

/** `timestamp` (DTSTAMP) is read by the `ics` package but missing from its types; set it for a deterministic file. */
type StampedEvent = EventAttributes & { timestamp: number };

function dateArray(isoDate: string, addDays = 0): DateArray {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + addDays);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * An RFC 5545 calendar with one all-day event on `remindOn` and two DISPLAY alarms, at 09:00 the day
 * before and at 09:00 on the day: the certificates' CNs, the expiry date, where and how to renew.
 */
export function buildRenewalReminder(request: RenewalReminderInput): string {
  const input = renewalReminderInputSchema.parse(request);
  const t = getI18n().getFixedT(input.language);
  const expiresOn = new Intl.DateTimeFormat(input.language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${input.expiresOn}T00:00:00Z`),
  );
  const structure = input.structureName;
  const description = [
    t('reminder.intro', { structure, nationalStructureId: input.nationalStructureId, expiresOn }),
    '',
    t('reminder.certificatesHeader'),
    ...input.certificates.map((certificate) => t('reminder.certificate', { ...certificate })),
    '',
    t('reminder.where', { url: renewalPlatformUrl }),
    t('reminder.activeOnly', { expiresOn }),
    t('reminder.ours'),
    t('reminder.ansNotice'),
    t('reminder.csr'),
  ].join('\n');
  const event: StampedEvent = {
    uid: input.uid,
    timestamp: input.now.getTime(),
    productId: `-//Assistant 413//IGC-Sante renewal reminder//${input.language.toUpperCase()}`,
    title: t('reminder.title', { structure }),
    description,
    url: renewalPlatformUrl,
    start: dateArray(input.remindOn),
    end: dateArray(input.remindOn, 1),
    status: 'CONFIRMED',
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    // Relative to the all-day start (local midnight): -15 h is 09:00 the day before, +9 h is 09:00 on the day.
    alarms: [
      { action: 'display', description: escapeIcsText(t('reminder.alarmDayBefore', { structure, expiresOn })), trigger: { hours: 15, before: true } },
      { action: 'display', description: escapeIcsText(t('reminder.alarmOnDay', { structure, expiresOn })), trigger: { hours: 9, before: false } },
    ],
  };
  const { error, value } = createEvent(event);
  if (error || value === null) throw new Error(`ics could not build the renewal reminder: ${error?.message ?? 'no output'}`);
  return refoldIcs(value);
}
