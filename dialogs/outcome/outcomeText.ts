import type { TFunction } from 'i18next';
import { insiCommonNames } from '../../rules/plan/certificates';
import { ansLinks } from '../../rules/plan/prerequisites';
import type { Plan } from '../../rules/plan/schema';
import { formsBySignatory } from '../../rules/plan/signatory';
import type { ProducedDocument } from './documentProducer';

const insiNames: readonly string[] = Object.values(insiCommonNames);

/** What the technical administrator will obtain and install, in one line: the set of one structure, and how many structures. */
export function certificatesSummary(t: TFunction, plan: Plan): string {
  const first = plan.structures[0]?.nationalStructureId;
  const set = plan.certificates.filter((certificate) => certificate.structure.nationalStructureId === first);
  const insi = set
    .filter((certificate) => insiNames.includes(certificate.commonName))
    .map((certificate) => certificate.commonName);
  const dmp = set.some((certificate) => certificate.services.includes('dmp'));
  const others = [
    ...new Set(
      set.flatMap((certificate) => certificate.services).filter((service) => service !== 'dmp' && service !== 'insi'),
    ),
  ];
  const parts = [
    ...(dmp ? [t('outcome.certificates.dmp')] : []),
    ...(others.length > 0
      ? [
          t('outcome.certificates.shared', {
            services: others.map((service) => t(`choices.services.${service}.label`)).join(', '),
          }),
        ]
      : []),
    ...(insi.length > 0 ? [t('outcome.certificates.insi', { count: insi.length, names: insi.join(', ') })] : []),
  ];
  const list = parts.join(t('common.listSeparator'));
  return plan.structures.length > 1
    ? t('outcome.certificates.perStructure', { list, count: plan.structures.length })
    : list;
}

/** Who signs which form, and whose stamp (guide §4: signed by the structure's legal representative). */
function signStep(t: TFunction, plan: Plan): string {
  const stamp = t(`documents.form413.stamps.case${plan.caseNumber ?? 3}`);
  const groups = formsBySignatory(plan.forms);
  const named = (signatory: (typeof groups)[number]['signatory']) => ({
    signer: signatory.name || t('outcome.steps.anonymousSigner'),
    role: t(`documents.form413.roles.${signatory.qualite}`),
  });
  const [only] = groups;
  if (groups.length === 1 && only)
    return t('outcome.steps.sign', { count: plan.forms.length, stamp, ...named(only.signatory) });
  const items = groups.map(
    (group) =>
      `   - ${t('outcome.steps.signatory', { count: group.numbers.length, numbers: group.numbers.join(', '), ...named(group.signatory) })}`,
  );
  return t('outcome.steps.signEach', { stamp, items: items.join('\n') });
}

/** What the secretary does now, in order (guide §4, §7): prerequisites still to secure, signature, sending, what follows. */
function form413Steps(t: TFunction, plan: Plan): string[] {
  // The identifier is settled by now; the others are what someone still has to secure before sending.
  const pending = plan.prerequisites.filter((item) => item.required && item.id !== 'structureIdentifier');
  const prerequisites = pending.map(
    (item) => `   - ${t(`plan.prerequisites.${item.id}.todo`, { urls: item.urls.join(t('common.listSeparator')) })}`,
  );
  const steps = [
    ...(prerequisites.length > 0 ? [t('outcome.steps.prerequisites', { items: prerequisites.join('\n') })] : []),
    signStep(t, plan),
    t('outcome.steps.send', {
      count: plan.outcome.forms,
      email: ansLinks.ansSupportEmail,
      onlineUrl: ansLinks.form413Online,
    }),
    t('outcome.steps.next', { certificates: certificatesSummary(t, plan) }),
  ];
  return steps.map((step, index) => `${index + 1}. ${step}`);
}

/**
 * The closing message, written for the secretary: what the documents are, what she does now, the documents, and
 * where the technical instructions are (their text only on request).
 */
export function outcomeText(t: TFunction, plan: Plan, documents: ProducedDocument[]): string {
  if (plan.outcome.kind !== 'form413') {
    return [
      t(`outcome.reasons.${plan.outcome.reason}.text`),
      t(`outcome.reasons.${plan.outcome.reason}.next`, { ...ansLinks }),
    ].join('\n\n');
  }
  const documentLines = documents.map((document) => `- ${document.description} (${document.fileName})`);
  return [
    t('outcome.form413.title', {
      count: plan.outcome.forms,
      caseLabel: t(`plan.cases.${plan.caseNumber ?? 3}`),
      officialUrl: ansLinks.form413,
    }),
    [t('outcome.form413.now'), ...form413Steps(t, plan)].join('\n'),
    documentLines.length > 0 ? [t('outcome.form413.documents'), ...documentLines].join('\n') : '',
    t('outcome.form413.technicalHint'),
  ]
    .filter(Boolean)
    .join('\n\n');
}
