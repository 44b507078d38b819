export { buildRenewalReminder, renewalPlatformUrl, renewalReminderInputSchema } from './renewalReminder';
export type { RenewalReminderInput } from './renewalReminder';
export { escapeIcsText, foldIcsLine, maxLineOctets, refoldIcs, unfoldIcsLines } from './icsLines';
export { planReminderInput } from './planReminder';
