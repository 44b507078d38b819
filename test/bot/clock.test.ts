import { parisToday } from '../../bot/clock';

describe('today in France', () => {
  it.each([
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2026-07-14T21:59:59Z', '2026-07-14'],
    ['2026-07-14T22:00:00Z', '2026-07-15'],
  ])('%s is %s in Paris', (instant, date) => {
    expect(parisToday(new Date(instant))).toBe(date);
  });

  it('changes day on the minute, asked in any order (the last minute is kept)', () => {
    const instants = [
      '2026-12-31T22:59:00Z',
      '2026-12-31T22:59:59.999Z',
      '2026-12-31T23:00:00Z',
      '2026-12-31T22:59:30Z',
      '2026-12-31T23:00:59Z',
    ];
    expect(instants.map((instant) => parisToday(new Date(instant)))).toEqual([
      '2026-12-31',
      '2026-12-31',
      '2027-01-01',
      '2026-12-31',
      '2027-01-01',
    ]);
  });
});
