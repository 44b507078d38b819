import type { Plan } from './schema';
import { addDays, addWorkingDays, addYears } from './workingDays';

export const ansProcessingWorkingDays = 3;
export const validityYears = 3;
/** The ANS e-mails the admins 60 days before expiry (guide §8); our reminder comes no later. */
export const ansNoticeDays = 60;

export const timeline: Plan['timeline'] = [
  { step: 'prerequisites', minutes: 10, actor: 'editorOrStructure' },
  { step: 'form413', minutes: 10, actor: 'editorOrStructure' },
  { step: 'ansProcessing', workingDays: ansProcessingWorkingDays, actor: 'ans' },
  { step: 'implementation', minutes: 15, actor: 'technicalAdmin' },
];

/** Expected issue after the ANS's 3 working days, 3-year validity, reminder 60 days before expiry. */
export function renewalDates(today: string): NonNullable<Plan['renewal']> {
  const expectedIssueDate = addWorkingDays(today, ansProcessingWorkingDays);
  const expiresOn = addYears(expectedIssueDate, validityYears);
  return { expectedIssueDate, expiresOn, remindOn: addDays(expiresOn, -ansNoticeDays), ansNoticeDays };
}
