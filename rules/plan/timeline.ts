import type { Plan } from './schema';
import { addDays, addWorkingDays, addYears } from './workingDays';

export const ansProcessingWorkingDays = 3;
export const validityYears = 3;
/**
 * Our own reminder, 60 days before expiry: the ANS also e-mails a notice «avant l'expiration», but its sources
 * disagree on when (a month in the guide, 60 days elsewhere: guide §8), and renewal needs an active certificate.
 */
export const reminderDaysBeforeExpiry = 60;

export const timeline: Plan['timeline'] = [
  { step: 'prerequisites', minutes: 10, actor: 'editorOrStructure' },
  { step: 'form413', minutes: 10, actor: 'editorOrStructure' },
  { step: 'ansProcessing', workingDays: ansProcessingWorkingDays, actor: 'ans' },
  { step: 'implementation', minutes: 15, actor: 'technicalAdmin' },
];

/** Expected issue about 3 working days after the form is sent (sent today here), 3-year validity, our reminder 60 days before expiry. */
export function renewalDates(today: string): NonNullable<Plan['renewal']> {
  const expectedIssueDate = addWorkingDays(today, ansProcessingWorkingDays);
  const expiresOn = addYears(expectedIssueDate, validityYears);
  return {
    expectedIssueDate,
    expiresOn,
    remindOn: addDays(expiresOn, -reminderDaysBeforeExpiry),
    reminderDays: reminderDaysBeforeExpiry,
  };
}
