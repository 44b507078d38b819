import { z } from 'zod';

/** «1-5 09:00-18:00»: ISO weekdays (1 = Monday) and local hours of the support desk. */
export const openingHoursSchema = z
  .string()
  .regex(/^([1-7])-([1-7]) (\d{2}):(\d{2})-(\d{2}):(\d{2})$/, 'expected e.g. "1-5 09:00-18:00"')
  .transform((text) => {
    const [, fromDay, toDay, fromHour, fromMinute, toHour, toMinute] = text.match(/^(\d)-(\d) (\d{2}):(\d{2})-(\d{2}):(\d{2})$/) ?? [];
    return {
      days: [Number(fromDay), Number(toDay)] as const,
      minutes: [Number(fromHour) * 60 + Number(fromMinute), Number(toHour) * 60 + Number(toMinute)] as const,
    };
  });
export type OpeningHours = z.infer<typeof openingHoursSchema>;

const weekdayNumbers: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** Whether the desk is open at `now` in its own time zone (Europe/Paris by default). */
export function isOpenAt(hours: OpeningHours, now: Date, timeZone: string): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const part = (type: string) => parts.find((each) => each.type === type)?.value ?? '';
  const weekday = weekdayNumbers[part('weekday')] ?? 0;
  const minutes = Number(part('hour')) * 60 + Number(part('minute'));
  return weekday >= hours.days[0] && weekday <= hours.days[1] && minutes >= hours.minutes[0] && minutes < hours.minutes[1];
}
