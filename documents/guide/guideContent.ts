import type { TFunction } from 'i18next';
import { z } from 'zod';
import { ansLinks } from '../../rules/plan/prerequisites';
import type { CertificateRequest, Plan } from '../../rules/plan/schema';

/** A document as headed sections of paragraphs and shell commands: rendered as chat text and as PDF. */
export const guideSectionSchema = z.object({ heading: z.string(), paragraphs: z.array(z.string()), commands: z.array(z.string()) });
export const guideContentSchema = z.object({ title: z.string(), sections: z.array(guideSectionSchema) });
export type GuideSection = z.infer<typeof guideSectionSchema>;
export type GuideContent = z.infer<typeof guideContentSchema>;

const section = (heading: string, paragraphs: string[], commands: string[] = []): GuideSection => ({ heading, paragraphs, commands });

/** Slashes and backslashes would end an openssl -subj field early. */
const subjectValue = (value: string): string => value.replace(/[\\/]/g, (character) => `\\${character}`).replace(/"/g, '\\"');
const fileStem = (commonName: string): string => commonName.normalize('NFD').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'certificat';

/** openssl and the bundled command, both creating the key on the server that will hold the certificate (guide §6.8). */
export function csrCommands(certificate: CertificateRequest): string[] {
  const stem = fileStem(certificate.commonName);
  const organisation = certificate.structure.denomination || certificate.structure.identifier;
  const subject = `/C=FR/O=${subjectValue(organisation)}/CN=${subjectValue(certificate.commonName)}`;
  return [
    `openssl req -new -newkey rsa:2048 -sha256 -nodes -keyout ${stem}.key.pem -out ${stem}.csr.pem -subj "${subject}"`,
    `chmod 600 ${stem}.key.pem`,
    `openssl req -in ${stem}.csr.pem -noout -verify -subject`,
    `npm run csr -- --cn "${certificate.commonName.replace(/"/g, '\\"')}" --o "${organisation.replace(/"/g, '\\"')}" --out ./certificats`,
  ];
}

function certificateSection(t: TFunction, certificate: CertificateRequest, index: number, total: number): GuideSection {
  const values = {
    index,
    total,
    structure: certificate.structure.denomination || certificate.structure.identifier,
    nationalId: certificate.structure.nationalStructureId,
    commonName: certificate.commonName,
    usages: certificate.usages.join(' + '),
    services: certificate.services.map((service) => t(`choices.services.${service}.label`)).join(', '),
  };
  return section(
    t('guide.certificate.heading', values),
    [
      t('guide.certificate.request', values),
      t(certificate.commonNameFixed ? 'guide.certificate.nameFixed' : 'guide.certificate.nameFree', values),
      t('guide.certificate.contacts'),
      t('guide.certificate.csr', values),
      t('guide.certificate.finish'),
    ],
    csrCommands(certificate),
  );
}

/** The technical administrator's guide for this plan: platform steps, one section per certificate, security, life cycle. */
export function implementationGuide(t: TFunction, plan: Plan): GuideContent {
  const structures = [...new Set(plan.structures.map((structure) => structure.denomination || structure.identifier))].join(', ');
  return {
    title: t('guide.title', { structures }),
    sections: [
      section(t('guide.login.heading'), [t('guide.login.card', { url: ansLinks.platform }), t('guide.login.psc'), t('guide.login.missingMenu')]),
      ...plan.certificates.map((certificate, index) => certificateSection(t, certificate, index + 1, plan.certificates.length)),
      section(t('guide.security.heading'), [t('guide.security.oneKeyPerInstance'), t('guide.security.neverEmailCsr'), t('guide.security.privateKey')]),
      section(t('guide.install.heading'), [t('guide.install.withEditor'), t('guide.install.test')]),
      section(t('guide.lifecycle.heading'), [
        t('guide.lifecycle.validity', { years: plan.validityYears, noticeDays: plan.renewal?.ansNoticeDays ?? 60 }),
        t('guide.lifecycle.adminChange', { url: ansLinks.form503 }),
        t('guide.lifecycle.faq', { url: ansLinks.faq, email: ansLinks.ansSupportEmail }),
      ]),
    ],
  };
}

/** The same guide as chat text (Markdown that Web Chat and Teams render). */
export function guideAsText(content: GuideContent): string {
  return [
    `**${content.title}**`,
    ...content.sections.map((part) =>
      [`**${part.heading}**`, ...part.paragraphs, ...(part.commands.length > 0 ? ['```', ...part.commands, '```'] : [])].join('\n\n'),
    ),
  ].join('\n\n');
}
