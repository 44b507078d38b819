import { renewalDates, timeline } from '../../../rules/plan/timeline';
import { addWorkingDays, isWorkingDay } from '../../../rules/plan/workingDays';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import { answerAll } from '../helpers/answerAll';
import { addWorkingDaysOnHost } from '../helpers/hostTimeZone';
import { caseChoices, commonChoices, scenario } from '../helpers/scenario';

/** Guide §4: the ANS answers within 3 working days; French public holidays and weekends do not count. */
const acrossHolidays = [
  ['an ordinary week (Mon → Thu)', '2026-03-02', '2026-03-05'],
  ['from a Saturday', '2026-03-07', '2026-03-11'],
  ["across New Year's Day and the year's end", '2025-12-31', '2026-01-06'],
  ['across Easter Monday (6 April 2026)', '2026-04-03', '2026-04-09'],
  ['across 1 May', '2026-04-30', '2026-05-06'],
  ['across 8 May', '2026-05-07', '2026-05-13'],
  ['across Ascension (14 May 2026)', '2026-05-13', '2026-05-19'],
  ['across 14 July', '2026-07-13', '2026-07-17'],
  ['across 15 August 2025 (a Friday)', '2025-08-13', '2025-08-19'],
  ['across Christmas and a weekend', '2026-12-23', '2026-12-29'],
] as const;

describe('working days', () => {
  it.each(acrossHolidays)('3 working days %s: %s → %s', (_case, from, expected) => {
    expect(addWorkingDays(from, 3)).toBe(expected);
  });

  it.each([
    ['2026-12-25', false],
    ['2026-04-06', false],
    ['2026-05-14', false],
    ['2026-07-14', false],
    ['2026-12-26', false],
    ['2026-12-28', true],
  ] as const)('%s is a working day: %s', (day, working) => {
    expect(isWorkingDay(day)).toBe(working);
  });

  // The rules read no clock and no host setting: the server's time zone must not move a holiday.
  it.each([
    ['UTC'],
    ['Europe/Paris'],
    ['America/Los_Angeles'],
    ['Australia/Sydney'],
    ['America/Santiago'],
    ['Pacific/Kiritimati'],
  ])('gives the same dates on a host in %s', (timeZone) => {
    const cases = acrossHolidays.map(([, from]) => [from, 3] as const);
    expect(addWorkingDaysOnHost(timeZone, cases)).toEqual(acrossHolidays.map(([, , expected]) => expected));
  });
});

/** Guide §6 and §8: valid 3 years from issue; our reminder 60 days before expiry (the ANS's notice has no figure we trust). */
describe('renewalDates', () => {
  it.each([
    ['Christmas and the weekend skipped', '2026-12-23', '2026-12-29', '2029-12-29', '2029-10-30'],
    ['Easter Monday skipped', '2026-04-03', '2026-04-09', '2029-04-09', '2029-02-08'],
    ['issued on 29 February: expires on 28 February', '2028-02-24', '2028-02-29', '2031-02-28', '2030-12-30'],
    ['a reminder counted back across 29 February', '2029-02-26', '2029-03-01', '2032-03-01', '2032-01-01'],
  ])('%s: from %s, issued %s, expires %s, reminder %s', (_case, today, issued, expires, remind) => {
    expect(renewalDates(today)).toEqual({
      expectedIssueDate: issued,
      expiresOn: expires,
      remindOn: remind,
      reminderDays: 60,
    });
  });

  it("dates the plan's renewal from the day given, and shows the guide's four steps", () => {
    const plan = planFromAnswers(answerAll(scenario({ ...caseChoices.gie, ...commonChoices })).answers, '2026-12-23');
    expect(plan.renewal).toEqual(renewalDates('2026-12-23'));
    expect(plan.validityYears).toBe(3);
    expect(plan.timeline).toEqual(timeline);
    expect(timeline).toEqual([
      { step: 'prerequisites', minutes: 10, actor: 'editorOrStructure' },
      { step: 'form413', minutes: 10, actor: 'editorOrStructure' },
      { step: 'ansProcessing', workingDays: 3, actor: 'ans' },
      { step: 'implementation', minutes: 15, actor: 'technicalAdmin' },
    ]);
  });

  it('has no renewal when no form is needed', () => {
    const plan = planFromAnswers(
      answerAll(scenario({ risController: 'gie', sharedCertifiedRis: 'yes' })).answers,
      '2026-12-23',
    );
    expect(plan.renewal).toBeUndefined();
  });
});
