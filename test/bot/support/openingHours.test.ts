import { loadSettings } from '../../../bot/config';
import { isOpenAt, nextOpening, openingHoursSchema } from '../../../bot/support/openingHours';

const paris = 'Europe/Paris';
const hoursOf = (text: string) => openingHoursSchema.parse(text);

describe('support opening hours (Europe/Paris)', () => {
  it.each([
    ['1-5 09:00-18:00', '2026-11-30T08:30:00Z', true], // Monday 09:30 in Paris (UTC+1)
    ['1-5 09:00-18:00', '2026-11-30T07:59:00Z', false], // Monday 08:59
    ['1-5 09:00-18:00', '2026-11-30T16:59:00Z', true], // Monday 17:59
    ['1-5 09:00-18:00', '2026-11-30T17:00:00Z', false], // Monday 18:00
    ['1-5 09:00-18:00', '2026-11-28T10:00:00Z', false], // Saturday
    ['1-5 09:00-18:00', '2026-07-06T07:30:00Z', true], // Monday 09:30 in summer (UTC+2)
    ['1-7 00:00-24:00', '2026-11-29T22:59:00Z', true], // Sunday 23:59
    ['1-5 14:00-01:00', '2026-11-30T22:30:00Z', true], // Monday 23:30, across midnight
    ['1-5 14:00-01:00', '2026-11-30T23:30:00Z', true], // Tuesday 00:30, Monday's window still open
    ['1-5 14:00-01:00', '2026-12-01T00:00:00Z', false], // Tuesday 01:00
    ['1-5 14:00-01:00', '2026-11-30T12:00:00Z', false], // Monday 13:00
    ['1-5 14:00-01:00', '2026-11-29T23:30:00Z', false], // Monday 00:30: Sunday has no window
    ['1-5 14:00-01:00', '2026-12-04T23:30:00Z', true], // Saturday 00:30, after Friday evening
    ['1-5 09:00-12:30, 1-5 14:00-18:00, 6 09:00-12:00', '2026-11-30T12:00:00Z', false], // Monday 13:00, lunch
    ['1-5 09:00-12:30, 1-5 14:00-18:00, 6 09:00-12:00', '2026-12-05T09:00:00Z', true], // Saturday 10:00
  ])('%s at %s → open %p', (setting, instant, open) => {
    expect(isOpenAt(hoursOf(setting), new Date(instant), paris)).toBe(open);
  });

  it.each([
    ['1-5 09:00-18:00', '2026-11-30T06:00:00Z', { inDays: 0, weekday: 1, minutes: 9 * 60 }], // Monday 07:00 → today 09:00
    ['1-5 09:00-18:00', '2026-11-30T19:00:00Z', { inDays: 1, weekday: 2, minutes: 9 * 60 }], // Monday 20:00 → tomorrow
    ['1-5 09:00-18:00', '2026-12-04T18:00:00Z', { inDays: 3, weekday: 1, minutes: 9 * 60 }], // Friday 19:00 → Monday
    ['1-5 14:00-01:00', '2026-11-30T00:30:00Z', { inDays: 0, weekday: 1, minutes: 14 * 60 }], // Monday 01:30 → 14:00
    ['1-5 09:00-12:30, 1-5 14:00-18:00', '2026-11-30T12:00:00Z', { inDays: 0, weekday: 1, minutes: 14 * 60 }], // lunch
  ])('%s: after %s the desk opens %p', (setting, instant, next) => {
    expect(nextOpening(hoursOf(setting), new Date(instant), paris)).toEqual(next);
  });

  it.each([
    ['1-5 09:00-25:99', 'times go from 00:00 to 23:59'],
    ['1-5 09:60-18:00', 'times go from 00:00 to 23:59'],
    ['1-5 24:00-02:00', 'times go from 00:00 to 23:59'],
    ['5-1 09:00-18:00', 'write the first day first'],
    ['0-5 09:00-18:00', 'expected ISO weekdays'],
    ['1-5 09:00-09:00', 'opens and closes at the same time'],
    ['lundi-vendredi', 'expected ISO weekdays'],
    ['1-5 9:00-18:00', 'expected ISO weekdays'],
    ['1-5 09:00-18:00, ', 'expected ISO weekdays'],
  ])('refuses «%s»: %s', (setting, message) => {
    const parsed = openingHoursSchema.safeParse(setting);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });

  it('refuses a wrong SUPPORT_OPENING_HOURS at start, naming it', () => {
    expect(() => loadSettings({ SUPPORT_OPENING_HOURS: '1-5 09:00-25:99' })).toThrow(
      /SUPPORT_OPENING_HOURS: «1-5 09:00-25:99»: times go from/,
    );
    expect(loadSettings({ SUPPORT_OPENING_HOURS: '1-5 14:00-01:00' }).operations.openingHours).toEqual([
      { days: [1, 5], minutes: [14 * 60, 60] },
    ]);
  });
});
