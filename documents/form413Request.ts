import type { TFunction } from 'i18next';
import type { Form413Fields } from '../rules/form413Fields';
import { ansLinks } from '../rules/plan/prerequisites';
import type { Plan, PlannedForm } from '../rules/plan/schema';
import { signatoryOf } from '../rules/plan/signatory';
import type { CoverPage } from './form413/document';

/** A safe, readable file name part: «GIE du Morvan» → gie-du-morvan. */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

/** «Précisions sur l'usage des certificats» in the ANS's words (guide §4.2), INSi names included. */
export function usagePrecisions(t: TFunction, form: PlannedForm): string {
  const insiNames =
    form.insiMode === 'both' ? 'INSI-AUTO, INSI-MANU' : form.insiMode === 'manu' ? 'INSI-MANU' : 'INSI-AUTO';
  return form.usageServices
    .map((service) =>
      service === 'insi' ? `${t('plan.usagePrecisions.insi')} (${insiNames})` : t(`plan.usagePrecisions.${service}`),
    )
    .join(t('common.listSeparator'));
}

/**
 * The notice printed before the form, in the user's language: what the PDF is (the official form pre-filled, or
 * copied into the online procedure), who signs this form by name, whose stamp, where to send it, what comes next.
 */
export function coverPage(t: TFunction, plan: Plan, form: PlannedForm): CoverPage {
  const total = plan.forms.length;
  const signatory = signatoryOf(form);
  const editors = form.editorNames.join(', ');
  const values = {
    caseLabel: t(`plan.cases.${form.caseNumber}`),
    number: form.number,
    total,
    editorPart: editors === '' ? '' : t('documents.form413.cover.editorPart', { editors }),
  };
  const key = (name: string) => `documents.form413.cover.${name}`;
  return {
    title: t(key('title')),
    sections: [
      { heading: '', paragraphs: [t(key('notPart'))] },
      {
        heading: t(key('whatHeading')),
        paragraphs: [
          t(key(total > 1 ? 'caseSeveral' : 'caseOne'), values),
          t(key('whatItIs'), { officialUrl: ansLinks.form413, onlineUrl: ansLinks.form413Online }),
        ],
      },
      {
        heading: t(key('todoHeading')),
        paragraphs: [
          t(key('review')),
          t(key('sign'), {
            signer: signatory.name || t(key('anonymousSigner')),
            role: t(`documents.form413.roles.${signatory.qualite}`),
          }),
          t(key('stamp'), { stamp: t(`documents.form413.stamps.case${form.caseNumber}`) }),
          t(key('send'), { email: ansLinks.ansSupportEmail }),
        ],
      },
      { heading: t(key('nextHeading')), paragraphs: [t(key('next'))] },
    ],
  };
}

/**
 * What one planned form becomes: its filled fields (in French, the ANS's form), its cover page (in the user's
 * language) and a file name a secretary recognises.
 */
export function form413Request(
  t: TFunction,
  formT: TFunction,
  plan: Plan,
  form: PlannedForm,
): { fields: Form413Fields; cover: CoverPage; fileName: string } {
  const total = plan.forms.length;
  const fields = { ...form.fields, 'usage.precisions': usagePrecisions(formT, form) };
  const structure = fields['structure.denomination'] || form.editorNames.join('-') || 'cabinets';
  // A group's forms each go to their own radiologist to sign: his name comes first.
  const severalRadiologists = plan.forms.some((other) => other.radiologist !== form.radiologist);
  const who = severalRadiologists ? `${fields['representant.nom']}-${structure}` : structure;
  const part = total > 1 ? `-${form.number}-sur-${total}` : '';
  return {
    fields,
    cover: coverPage(t, plan, form),
    fileName: `formulaire-413-${fileSlug(who) || 'cabinets'}${part}.pdf`,
  };
}
