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

/**
 * Every file of a finished request, in the order the chat lists them: one Form 413 PDF per planned form, the
 * implementation guide PDF, then the .ics renewal reminder (when the plan has one). The bot runs this on its
 * document pool, one task per document turn.
 */
export async function renderDocuments(request: DocumentRequest): Promise<RenderedDocument[]> {
  const { plan, language, now } = request;
  const t = translatorFor(language);
  // The form is the ANS's French form, whatever the user's language.
  const formT = translatorFor('fr');
  const forms = await Promise.all(
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
  const guide: RenderedDocument = {
    kind: 'implementationGuide',
    fileName: t('documents.guide.fileName'),
    contentType: 'application/pdf',
    description: t('documents.guide.description'),
    bytes: await renderTextPdf(implementationGuide(t, plan), t('documents.guide.footer')),
  };
  const reminder = planReminderInput(plan, language, `${randomUUID()}@assistant-413`, now);
  if (!reminder) return [...forms, guide];
  const calendar: RenderedDocument = {
    kind: 'renewalReminder',
    fileName: t('documents.reminder.fileName'),
    contentType: 'text/calendar',
    description: t('documents.reminder.description', { days: reminderDaysBeforeExpiry }),
    bytes: new TextEncoder().encode(buildRenewalReminder(reminder)),
  };
  return [...forms, guide, calendar];
}
