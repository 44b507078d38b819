import { z } from 'zod';
import { Language, supportedLanguages, translatorFor } from '../../locales';
import { escapeIcsText, foldIcsLine } from './icsLines';

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

/** One formatter per language: building an Intl.DateTimeFormat costs more than the rest of the calendar. */
const longDates = new Map<Language, Intl.DateTimeFormat>();
function longDate(language: Language, isoDate: string): string {
  let format = longDates.get(language);
  if (!format) longDates.set(language, (format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** DATE value (RFC 5545 §3.3.4) of `isoDate` plus `addDays`. */
function icsDate(isoDate: string, addDays = 0): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + addDays);
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** DATE-TIME in UTC (RFC 5545 §3.3.5, form #2). */
const icsUtc = (instant: Date): string => `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/**
 * An RFC 5545 calendar with one all-day event on `remindOn` and two DISPLAY alarms, at 09:00 the day
 * before and at 09:00 on the day: the certificates' CNs, the expiry date, where and how to renew.
 * Written line by line (the `ics` package validated every event with yup: 7 ms a calendar).
 */
export function buildRenewalReminder(request: RenewalReminderInput): string {
  const input = renewalReminderInputSchema.parse(request);
  const t = translatorFor(input.language);
  const expiresOn = longDate(input.language, input.expiresOn);
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
  // Relative to the all-day start (local midnight): -15 h is 09:00 the day before, +9 h is 09:00 on the day.
  const alarm = (text: string, trigger: string) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeIcsText(text)}`, `TRIGGER:${trigger}`, 'END:VALARM'];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:-//Assistant 413//IGC-Sante renewal reminder//${input.language.toUpperCase()}`,
    'METHOD:PUBLISH',
    'X-PUBLISHED-TTL:PT1H',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(input.uid)}`,
    `SUMMARY:${escapeIcsText(t('reminder.title', { structure }))}`,
    `DTSTAMP:${icsUtc(input.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(input.remindOn)}`,
    `DTEND;VALUE=DATE:${icsDate(input.remindOn, 1)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    `URL:${renewalPlatformUrl}`,
    'STATUS:CONFIRMED',
    'X-MICROSOFT-CDO-BUSYSTATUS:FREE',
    'TRANSP:TRANSPARENT',
    ...alarm(t('reminder.alarmDayBefore', { structure, expiresOn }), '-PT15H'),
    ...alarm(t('reminder.alarmOnDay', { structure, expiresOn }), 'PT9H'),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldIcsLine(line)}\r\n`).join('');
}
