import ical, {
  ICalAlarmRelatesTo,
  ICalAlarmType,
  ICalCalendarMethod,
  ICalEventBusyStatus,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';
import { z } from 'zod';
import { supportedLanguages, translatorFor } from '../../locales';

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
  .refine((input) => input.remindOn < input.expiresOn, {
    message: 'remindOn must come before expiresOn',
    path: ['remindOn'],
  });

export type RenewalReminderInput = z.input<typeof renewalReminderInputSchema>;

/** A date-only value as ical-generator takes it: that day's midnight UTC (all-day values are written in UTC). */
const utcDay = (isoDate: string, addDays = 0): Date => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + addDays);
  return date;
};

/** One long-date format per language: building an Intl formatter costs more than the rest of a calendar. */
const longDates = new Map<string, Intl.DateTimeFormat>();
const longDate = (language: string, isoDate: string): string => {
  let format = longDates.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    longDates.set(language, format);
  }
  return format.format(utcDay(isoDate));
};

/**
 * An RFC 5545 calendar with one all-day event on `remindOn` and two DISPLAY alarms, at 09:00 the day
 * before and at 09:00 on the day: the certificates' CNs, the expiry date, where and how to renew.
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
  const calendar = ical({
    prodId: `//Assistant 413//IGC-Sante renewal reminder//${input.language.toUpperCase()}`,
    method: ICalCalendarMethod.PUBLISH,
    ttl: 3600,
  });
  const event = calendar.createEvent({
    id: input.uid,
    stamp: input.now,
    allDay: true,
    start: utcDay(input.remindOn),
    end: utcDay(input.remindOn, 1),
    summary: t('reminder.title', { structure }),
    description,
    url: renewalPlatformUrl,
    status: ICalEventStatus.CONFIRMED,
    busystatus: ICalEventBusyStatus.FREE,
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  // Relative to the all-day start (local midnight): 15 h before is 09:00 the day before, 9 h after is 09:00 on the day.
  event.createAlarm({
    type: ICalAlarmType.display,
    description: t('reminder.alarmDayBefore', { structure, expiresOn }),
    triggerBefore: 15 * 3600,
  });
  event.createAlarm({
    type: ICalAlarmType.display,
    description: t('reminder.alarmOnDay', { structure, expiresOn }),
    triggerAfter: 9 * 3600,
    relatesTo: ICalAlarmRelatesTo.start,
  });
  // ical-generator joins lines with CRLF and folds by octets; RFC 5545 also ends the last line with CRLF.
  return `${calendar.toString()}\r\n`;
}
