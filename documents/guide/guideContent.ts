import type { TFunction } from 'i18next';
import { z } from 'zod';
import { needsSignatureCertificate } from '../../rules/plan/certificates';
import { ansLinks } from '../../rules/plan/prerequisites';
import type { CertificateRequest, Plan } from '../../rules/plan/schema';
import { csrCommands } from './csrCommands';

/** A document as headed sections of paragraphs and captioned shell commands, in order: rendered as chat text and as PDF. */
export const commandBlockSchema = z.object({ caption: z.string(), lines: z.array(z.string()) });
export const guideBlockSchema = z.union([z.object({ text: z.string() }), commandBlockSchema]);
export const guideSectionSchema = z.object({ heading: z.string(), blocks: z.array(guideBlockSchema) });
export const guideContentSchema = z.object({ title: z.string(), sections: z.array(guideSectionSchema) });
export type GuideBlock = z.infer<typeof guideBlockSchema>;
export type GuideSection = z.infer<typeof guideSectionSchema>;
export type GuideContent = z.infer<typeof guideContentSchema>;

const section = (heading: string, blocks: (string | GuideBlock)[]): GuideSection => ({
  heading,
  blocks: blocks.map((block) => (typeof block === 'string' ? { text: block } : block)),
});

function certificateSection(t: TFunction, plan: Plan, certificate: CertificateRequest, index: number): GuideSection {
  const [usage = 'AUTH_CLI'] = certificate.usages;
  const values = {
    index,
    total: plan.certificates.length,
    structure: certificate.structure.denomination || certificate.structure.identifier,
    nationalId: certificate.structure.nationalStructureId,
    commonName: certificate.commonName,
    usage,
    usageLabel: t(`guide.usages.${usage}`),
    services: certificate.services.map((service) => t(`choices.services.${service}.label`)).join(', '),
  };
  // Files named after the structure too when one server may hold several structures' certificates of one name.
  const commands = csrCommands(certificate, plan.structures.length > 1);
  return section(t('guide.certificate.heading', values), [
    t('guide.certificate.request', values),
    ...(needsSignatureCertificate(certificate.services) ? [t('guide.certificate.dmpPair', values)] : []),
    t(certificate.commonNameFixed ? 'guide.certificate.nameFixed' : 'guide.certificate.nameFree', values),
    t('guide.certificate.contacts'),
    t('guide.certificate.csr', values),
    { caption: t('guide.commands.linux'), lines: commands.linux },
    { caption: t('guide.commands.windows'), lines: commands.windows },
    t('guide.certificate.csrAssisted'),
    t('guide.certificate.finish'),
  ]);
}

/** Who the technical administrator is and what he needs before logging in (guide §3). */
function prerequisiteParagraphs(t: TFunction, plan: Plan): string[] {
  const ids = new Set(plan.prerequisites.filter((item) => item.required).map((item) => item.id));
  if (ids.has('editorCpaCards'))
    return [t('guide.login.editorAdmin', { contractUrl: ansLinks.contratAdhesionPdf, form301: ansLinks.form301 })];
  return ids.has('structureCpsCpe') ? [t('guide.login.structureAdmin', { url: ansLinks.tops })] : [];
}

/** The technical administrator's guide for this plan: platform steps, one section per certificate, security, life cycle. */
export function implementationGuide(t: TFunction, plan: Plan): GuideContent {
  const structures = [
    ...new Set(plan.structures.map((structure) => structure.denomination || structure.identifier)),
  ].join(', ');
  const dmp = plan.certificates.some((certificate) => needsSignatureCertificate(certificate.services));
  return {
    title: t('guide.title', { structures }),
    sections: [
      section(t('guide.login.heading'), [
        t('guide.login.form413', { officialUrl: ansLinks.form413, onlineUrl: ansLinks.form413Online }),
        ...prerequisiteParagraphs(t, plan),
        t('guide.login.card', { url: ansLinks.platform }),
        t('guide.login.psc'),
        t('guide.login.missingMenu'),
      ]),
      ...plan.certificates.map((certificate, index) => certificateSection(t, plan, certificate, index + 1)),
      section(t('guide.security.heading'), [
        t('guide.security.oneKeyPerInstance'),
        t('guide.security.neverEmailCsr'),
        t('guide.security.privateKey'),
      ]),
      section(t('guide.install.heading'), [
        ...(dmp ? [t('guide.install.dmpBoth')] : []),
        t('guide.install.withEditor'),
        t('guide.install.test'),
      ]),
      section(t('guide.lifecycle.heading'), [
        t('guide.lifecycle.validity', { years: plan.validityYears }),
        t('guide.lifecycle.ansNotice'),
        t('guide.lifecycle.ourReminder', { days: plan.renewal?.reminderDays ?? 60 }),
        t('guide.lifecycle.adminChange', { url: ansLinks.form503 }),
        t('guide.lifecycle.faq', { url: ansLinks.faq, email: ansLinks.ansSupportEmail }),
      ]),
    ],
  };
}

const blockAsText = (block: GuideBlock): string[] =>
  'text' in block ? [block.text] : [`_${block.caption}_`, ['```', ...block.lines, '```'].join('\n')];

/** The same guide as chat text (Markdown that Web Chat and Teams render), commands in code blocks. */
export function guideAsText(content: GuideContent): string {
  return [
    `**${content.title}**`,
    ...content.sections.map((part) => [`**${part.heading}**`, ...part.blocks.flatMap(blockAsText)].join('\n\n')),
  ].join('\n\n');
}
