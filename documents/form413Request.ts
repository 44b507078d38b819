import type { TFunction } from 'i18next';
import type { Form413Fields } from '../rules/form413Fields';
import type { Plan, PlannedForm } from '../rules/plan/schema';

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
  const insiNames = form.insiMode === 'both' ? 'INSI-AUTO, INSI-MANU' : form.insiMode === 'manu' ? 'INSI-MANU' : 'INSI-AUTO';
  return form.usageServices
    .map((service) => (service === 'insi' ? `${t('plan.usagePrecisions.insi')} (${insiNames})` : t(`plan.usagePrecisions.${service}`)))
    .join(' ; ');
}

/** What one planned form becomes: its filled fields, its cover note and a file name a secretary recognises. */
export function form413Request(t: TFunction, plan: Plan, form: PlannedForm): { fields: Form413Fields; coverNote: string[]; fileName: string } {
  const total = plan.forms.length;
  const fields = { ...form.fields, 'usage.precisions': usagePrecisions(t, form) };
  const who = fields['structure.denomination'] || form.editorNames.join('-') || 'cabinets';
  const part = total > 1 ? `-${form.number}-sur-${total}` : '';
  const values = { number: form.number, total, caseLabel: t(`plan.cases.${form.caseNumber}`), editors: form.editorNames.join(', ') };
  const coverNote = [
    t(total > 1 ? 'documents.form413.coverSeveral' : 'documents.form413.coverOne', values),
    t(`documents.form413.sign.case${form.caseNumber}`),
    t('documents.form413.send'),
  ];
  return { fields, coverNote, fileName: `formulaire-413-${fileSlug(who) || 'cabinets'}${part}.pdf` };
}
