import type { TFunction } from 'i18next';
import type { Language } from '../locales';
import { ansLinks } from '../rules/plan/prerequisites';
import type { Plan } from '../rules/plan/schema';
import type { ProducedDocument } from './documentProducer';
import { formatDate } from './formatDate';

/** The certificates the technical admin creates on the platform, one line each, INSi names stressed. */
export function certificateLines(t: TFunction, plan: Plan): string[] {
  return plan.certificates.map((certificate) =>
    t(certificate.commonNameFixed ? 'outcome.certificateFixed' : 'outcome.certificateFree', {
      structure: certificate.structure.denomination || certificate.structure.identifier,
      nationalId: certificate.structure.nationalStructureId,
      commonName: certificate.commonName,
      usages: certificate.usages.join(' + '),
      services: certificate.services.map((service) => t(`choices.services.${service}.label`)).join(', '),
    }),
  );
}

/** What to do next, in order, each step with its duration and address (guide §7). */
function form413Steps(t: TFunction, plan: Plan, language: Language): string[] {
  const prerequisites = plan.prerequisites.map((item) =>
    t(`plan.prerequisites.${item.id}.${item.required ? 'todo' : 'notNeeded'}`, { urls: item.urls.join(' ; ') }),
  );
  const renewal = plan.renewal;
  const steps = [
    t('outcome.steps.prerequisites', { items: prerequisites.map((line) => `   - ${line}`).join('\n') }),
    t(`outcome.steps.sign.case${plan.caseNumber ?? 3}`, { count: plan.outcome.forms }),
    t('outcome.steps.send', { email: ansLinks.ansSupportEmail, count: plan.outcome.forms }),
    t('outcome.steps.wait', { date: renewal ? formatDate(renewal.expectedIssueDate, language) : '' }),
    t('outcome.steps.platform', { url: ansLinks.platform, certificates: certificateLines(t, plan).map((line) => `   - ${line}`).join('\n') }),
  ];
  if (renewal) {
    steps.push(t('outcome.steps.renewal', { expiresOn: formatDate(renewal.expiresOn, language), remindOn: formatDate(renewal.remindOn, language) }));
  }
  return steps.map((step, index) => `${index + 1}. ${step}`);
}

/** The closing message: the outcome in plain words and what to do next. */
export function outcomeText(t: TFunction, plan: Plan, language: Language, documents: ProducedDocument[]): string {
  if (plan.outcome.kind !== 'form413') {
    return [t(`outcome.reasons.${plan.outcome.reason}.text`), t(`outcome.reasons.${plan.outcome.reason}.next`, { ...ansLinks })].join('\n\n');
  }
  const documentLines = documents.map((document) => `- ${document.description} (${document.fileName})`);
  return [
    t('outcome.form413.title', { count: plan.outcome.forms, caseLabel: t(`plan.cases.${plan.caseNumber ?? 3}`) }),
    documentLines.length > 0 ? [t('outcome.form413.documents'), ...documentLines].join('\n') : '',
    [t('outcome.form413.nextSteps'), ...form413Steps(t, plan, language)].join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}
