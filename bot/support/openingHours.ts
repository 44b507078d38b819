import { z } from 'zod';
import type { DeskWindow, NextOpening } from '../../dialogs/handoff/handoff';

const windowPattern = /^([1-7])(?:-([1-7]))? (\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/** «HH:MM» as minutes after midnight; 24:00 only as a closing time. */
function minutesOf(hour: string, minute: string, closing: boolean): number | undefined {
  const [h, m] = [Number(hour), Number(minute)];
  if (m > 59 || h > 24 || (h === 24 && (m !== 0 || !closing))) return undefined;
  return h * 60 + m;
}

/** One «1-5 09:00-18:00» window; a closing time before the opening one means the next day (`14:00-01:00`). */
function parseWindow(text: string, ctx: z.RefinementCtx): DeskWindow | undefined {
  const match = windowPattern.exec(text.trim());
  const problem = (message: string) => {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `«${text.trim()}»: ${message}` });
    return undefined;
  };
  if (!match) return problem('expected ISO weekdays and local times, e.g. "1-5 09:00-18:00" or "6 09:00-12:00"');
  const [, fromDay = '', toDay, openHour = '', openMinute = '', closeHour = '', closeMinute = ''] = match;
  const days = [Number(fromDay), Number(toDay ?? fromDay)] as const;
  if (days[0] > days[1])
    return problem('weekdays go from 1 (Monday) to 7 (Sunday): write the first day first (e.g. 1-5)');
  const opens = minutesOf(openHour, openMinute, false);
  const closes = minutesOf(closeHour, closeMinute, true);
  if (opens === undefined || closes === undefined)
    return problem('times go from 00:00 to 23:59 (24:00 as a closing time)');
  if (opens === closes) return problem('the desk opens and closes at the same time');
  return { days, minutes: [opens, closes] };
}

/** `SUPPORT_OPENING_HOURS`: windows separated by commas, e.g. «1-5 09:00-12:30, 1-5 14:00-18:00, 6 09:00-12:00». */
export const openingHoursSchema = z.string().transform((text, ctx) => {
  const windows = text.split(/[,;]/).map((part) => parseWindow(part, ctx));
  return windows.every((window) => window !== undefined) ? windows : z.NEVER;
});
export type OpeningHours = z.infer<typeof openingHoursSchema>;

const weekdayNumbers: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The local weekday (1 = Monday) and minute of the day at `now` in the desk's time zone. */
function localTime(now: Date, timeZone: string): { weekday: number; minutes: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((each) => each.type === type)?.value ?? '';
  return { weekday: weekdayNumbers[part('weekday')] ?? 1, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

const includes = (window: DeskWindow, weekday: number): boolean =>
  weekday >= window.days[0] && weekday <= window.days[1];
const dayBefore = (weekday: number): number => ((weekday + 5) % 7) + 1;

function openIn(window: DeskWindow, weekday: number, minutes: number): boolean {
  const [opens, closes] = window.minutes;
  if (opens < closes) return includes(window, weekday) && minutes >= opens && minutes < closes;
  // Across midnight: the evening of a listed day, or the small hours after one.
  return (includes(window, weekday) && minutes >= opens) || (includes(window, dayBefore(weekday)) && minutes < closes);
}

/** Whether the desk is open at `now` in its own time zone (Europe/Paris by default). */
export function isOpenAt(hours: OpeningHours, now: Date, timeZone: string): boolean {
  const { weekday, minutes } = localTime(now, timeZone);
  return hours.some((window) => openIn(window, weekday, minutes));
}

/** When the desk opens next after `now`, in its local terms (days from today, weekday, minute of the day). */
export function nextOpening(hours: OpeningHours, now: Date, timeZone: string): NextOpening | undefined {
  const today = localTime(now, timeZone);
  for (let inDays = 0; inDays <= 7; inDays += 1) {
    const weekday = ((today.weekday - 1 + inDays) % 7) + 1;
    const starts = hours
      .filter((window) => includes(window, weekday) && (inDays > 0 || window.minutes[0] > today.minutes))
      .map((window) => window.minutes[0]);
    if (starts.length > 0) return { inDays, weekday, minutes: Math.min(...starts) };
  }
  return undefined;
}
