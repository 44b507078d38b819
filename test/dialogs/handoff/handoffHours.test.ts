import { comeBackText, openingHoursText, timeZoneText } from '../../../dialogs/handoff/handoffHours';
import { openingHoursSchema } from '../../../bot/support/openingHours';
import { translatorFor } from '../../../locales';

describe('the desk’s hours in words', () => {
  it.each([
    ['fr', '1-5 09:00-18:00', 'du lundi au vendredi de 09:00 à 18:00'],
    ['fr', '1-5 09:00-12:30, 6 09:00-12:00', 'du lundi au vendredi de 09:00 à 12:30 et le samedi de 09:00 à 12:00'],
    ['fr', '1-7 14:00-01:00', 'tous les jours de 14:00 à 01:00 le lendemain'],
    ['en', '1-5 09:00-18:00', 'from Monday to Friday, 09:00 to 18:00'],
    ['en', '1-5 09:00-12:30, 6 09:00-12:00', 'from Monday to Friday, 09:00 to 12:30 and on Saturday, 09:00 to 12:00'],
    ['en', '1-7 14:00-01:00', 'every day, 14:00 to 01:00 the next day'],
  ] as const)('%s %s → %s', (language, setting, text) => {
    expect(openingHoursText(translatorFor(language), language, openingHoursSchema.parse(setting))).toBe(text);
  });

  it.each([
    ['fr', { inDays: 0, weekday: 1, minutes: 14 * 60 }, "aujourd'hui à 14:00"],
    ['fr', { inDays: 1, weekday: 2, minutes: 9 * 60 }, 'demain à 09:00'],
    ['fr', { inDays: 3, weekday: 1, minutes: 9 * 60 + 30 }, 'lundi à 09:30'],
    ['en', { inDays: 1, weekday: 2, minutes: 9 * 60 }, 'tomorrow at 09:00'],
    ['en', { inDays: 3, weekday: 1, minutes: 9 * 60 }, 'on Monday at 09:00'],
  ] as const)('%s: come back %p → %s', (language, next, text) => {
    expect(comeBackText(translatorFor(language), language, next)).toBe(text);
  });

  it.each([
    ['fr', 'Europe/Paris', 'heure de Paris'],
    ['fr', 'America/Cayenne', 'fuseau horaire America/Cayenne'],
    ['en', 'Europe/Paris', 'Paris time'],
  ] as const)('%s %s → %s', (language, timeZone, text) => {
    expect(timeZoneText(translatorFor(language), timeZone)).toBe(text);
  });
});
