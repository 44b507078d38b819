import { isOpenAt, openingHoursSchema } from '../../bot/support/openingHours';

describe('support opening hours (Europe/Paris)', () => {
  const hours = openingHoursSchema.parse('1-5 09:00-18:00');

  it.each([
    ['2026-11-30T08:30:00Z', true], // Monday 09:30 in Paris (UTC+1)
    ['2026-11-30T07:59:00Z', false], // Monday 08:59
    ['2026-11-30T16:59:00Z', true], // Monday 17:59
    ['2026-11-30T17:00:00Z', false], // Monday 18:00
    ['2026-11-28T10:00:00Z', false], // Saturday
    ['2026-07-06T07:30:00Z', true], // Monday 09:30 in summer (UTC+2)
  ])('%s → open %p', (instant, open) => {
    expect(isOpenAt(hours, new Date(instant), 'Europe/Paris')).toBe(open);
  });

  it('rejects a malformed setting', () => {
    expect(openingHoursSchema.safeParse('lundi-vendredi').success).toBe(false);
  });
});
