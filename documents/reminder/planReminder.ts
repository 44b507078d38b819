import type { Language } from '../../locales';
import type { Plan } from '../../rules/plan/schema';
import type { RenewalReminderInput } from './renewalReminder';

/**
 * The renewal reminder of a plan that has one: its structures, certificates and dates. `uid` must be random,
 * never derived from the conversation: the file is meant to be forwarded.
 */
export function planReminderInput(
  plan: Plan,
  language: Language,
  uid: string,
  now: Date,
): RenewalReminderInput | undefined {
  if (!plan.renewal) return undefined;
  const first = plan.structures[0];
  return {
    language,
    remindOn: plan.renewal.remindOn,
    expiresOn: plan.renewal.expiresOn,
    structureName: plan.structures.map((structure) => structure.denomination || structure.identifier).join(', '),
    nationalStructureId:
      plan.structures.map((structure) => structure.nationalStructureId).join(', ') ||
      (first?.nationalStructureId ?? ''),
    certificates: plan.certificates.map((certificate) => ({
      commonName: certificate.commonName,
      usage: certificate.usages.join(' + '),
    })),
    uid,
    now,
  };
}
