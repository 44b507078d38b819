import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { DeskWindow, NextOpening } from './handoff';

/** ISO weekday (1 = Monday) by name: 1 January 2024 was a Monday. */
const weekdayName = (language: Language, weekday: number): string =>
  new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));

const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function daysText(t: TFunction, language: Language, [first, last]: DeskWindow['days']): string {
  if (first === 1 && last === 7) return t('commands.hours.everyDay');
  if (first === last) return t('commands.hours.day', { day: weekdayName(language, first) });
  return t('commands.hours.days', { from: weekdayName(language, first), to: weekdayName(language, last) });
}

/** «du lundi au vendredi de 09:00 à 12:30, … et le samedi de 09:00 à 12:00». */
export function openingHoursText(t: TFunction, language: Language, windows: readonly DeskWindow[]): string {
  const parts = windows.map((window) => {
    const [opens, closes] = window.minutes;
    return t(closes < opens ? 'commands.hours.overnight' : 'commands.hours.window', {
      days: daysText(t, language, window.days),
      opens: clock(opens),
      closes: clock(closes),
    });
  });
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(parts);
}

/** «aujourd'hui à 14:00», «demain à 09:00», «lundi à 09:00». */
export function comeBackText(t: TFunction, language: Language, next: NextOpening): string {
  const time = clock(next.minutes);
  if (next.inDays === 0) return t('commands.hours.today', { time });
  if (next.inDays === 1) return t('commands.hours.tomorrow', { time });
  return t('commands.hours.weekday', { day: weekdayName(language, next.weekday), time });
}

export const timeZoneText = (t: TFunction, timeZone: string): string =>
  timeZone === 'Europe/Paris' ? t('commands.hours.paris') : t('commands.hours.zone', { timeZone });
