import { randomUUID } from 'node:crypto';
import { translatorFor } from '../locales';
import { reminderDaysBeforeExpiry } from '../rules/plan/timeline';
import { renderForm413 } from './form413/render';
import { form413Request } from './form413Request';
import { implementationGuide } from './guide/guideContent';
import { buildRenewalReminder, planReminderInput } from './reminder';
import { renderTextPdf } from './textPdf';
import type { DocumentRequest, RenderedDocument } from './documentRequest';

export type { DocumentRequest, RenderedDocument } from './documentRequest';

/** One Form 413 PDF per planned form: the ANS's French form, whatever the user's language. */
export async function renderForm413Documents({ plan, language }: DocumentRequest): Promise<RenderedDocument[]> {
  const t = translatorFor(language);
  const formT = translatorFor('fr');
  return Promise.all(
    plan.forms.map(async (form): Promise<RenderedDocument> => {
      const { fields, cover, fileName } = form413Request(t, formT, plan, form);
      const description = t('documents.form413.description', {
        count: plan.forms.length,
        number: form.number,
        total: plan.forms.length,
        editors: form.editorNames.join(', '),
      });
      return {
        kind: 'form413',
        fileName,
        contentType: 'application/pdf',
        description,
        bytes: await renderForm413({ fields, cover }),
      };
    }),
  );
}

/** The implementation guide for the technical administrator, as a PDF. */
export async function renderGuideDocument({ plan, language }: DocumentRequest): Promise<RenderedDocument> {
  const t = translatorFor(language);
  return {
    kind: 'implementationGuide',
    fileName: t('documents.guide.fileName'),
    contentType: 'application/pdf',
    description: t('documents.guide.description'),
    bytes: await renderTextPdf(implementationGuide(t, plan), t('documents.guide.footer')),
  };
}

/** The .ics renewal reminder, when the plan has certificates to renew. */
export function renderReminderDocument({ plan, language, now }: DocumentRequest): RenderedDocument | undefined {
  const reminder = planReminderInput(plan, language, `${randomUUID()}@assistant-413`, now);
  if (!reminder) return undefined;
  const t = translatorFor(language);
  return {
    kind: 'renewalReminder',
    fileName: t('documents.reminder.fileName'),
    contentType: 'text/calendar',
    description: t('documents.reminder.description', { days: reminderDaysBeforeExpiry }),
    bytes: new TextEncoder().encode(buildRenewalReminder(reminder)),
  };
}

/**
 * Every file of a finished request, in the order the chat lists them: one Form 413 PDF per planned form, the
 * implementation guide PDF, then the .ics renewal reminder (when the plan has one). The bot runs this on its
 * document pool, one task per document turn.
 */
export async function renderDocuments(request: DocumentRequest): Promise<RenderedDocument[]> {
  const forms = await renderForm413Documents(request);
  const guide = await renderGuideDocument(request);
  const calendar = renderReminderDocument(request);
  return calendar ? [...forms, guide, calendar] : [...forms, guide];
}
