export { buildRenewalReminder, renewalPlatformUrl, renewalReminderInputSchema } from './renewalReminder';
export type { RenewalReminderInput } from './renewalReminder';
export { planReminderInput } from './planReminder';
