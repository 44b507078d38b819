import { randomUUID } from 'node:crypto';
import type { DocumentProducer, ProducedDocument } from './producedDocument';
import { getI18n } from '../locales';
import { reminderDaysBeforeExpiry } from '../rules/plan/timeline';
import type { Form413Document } from './form413';
import { form413Request } from './form413Request';
import { GuideContent, guideAsText, implementationGuide } from './guide/guideContent';
import { buildRenewalReminder, planReminderInput, RenewalReminderInput } from './reminder';

/** Where produced files go: the bot's own store, which hands back an unguessable, expiring link. */
export interface DocumentSink {
  put(doc: { bytes: Uint8Array; contentType: string; fileName: string; conversationId: string }): Promise<{ url: string }>;
}

export interface DocumentProducerDependencies {
  renderForm413(doc: Form413Document): Promise<Uint8Array>;
  /** The guide PDF; in this thread when absent (the bot passes its worker pool's). */
  renderGuidePdf?(content: GuideContent, footer: string): Promise<Uint8Array>;
  /** The .ics text; in this thread when absent (the bot passes its worker pool's). */
  buildReminder?(input: RenewalReminderInput): Promise<string>;
  sink: DocumentSink;
  /** Clock for the calendar file's DTSTAMP only (renewal dates come from the plan). */
  now: () => Date;
}

/** Form 413 PDFs (one per planned form), the implementation guide (PDF, and as text on request) and the .ics renewal reminder. */
export function createDocumentProducer(deps: DocumentProducerDependencies): DocumentProducer {
  // pdf-lib is loaded only when used: the bot passes its pool's renderer, and its own thread never loads it.
  const renderGuidePdf = deps.renderGuidePdf ?? (async (content: GuideContent, footer: string) => (await import('./textPdf')).renderTextPdf(content, footer));
  const buildReminder = deps.buildReminder ?? (async (input: RenewalReminderInput) => buildRenewalReminder(input));
  return {
    async produce({ plan, language, conversationId }): Promise<ProducedDocument[]> {
      const t = getI18n().getFixedT(language);
      // The form is the ANS's French form, whatever the user's language.
      const formT = getI18n().getFixedT('fr');
      const store = async (kind: ProducedDocument['kind'], bytes: Uint8Array, contentType: string, fileName: string, description: string) => {
        const { url } = await deps.sink.put({ bytes, contentType, fileName, conversationId });
        return { kind, fileName, contentType, url, description };
      };
      const guide = implementationGuide(t, plan);
      const reminder = planReminderInput(plan, language, `${randomUUID()}@assistant-413`, deps.now());
      // The forms, the guide and the reminder are made at once (on worker threads in the bot), listed in this order.
      const [forms, guideDocument, reminderDocument] = await Promise.all([
        Promise.all(
          plan.forms.map(async (form) => {
            const request = form413Request(t, formT, plan, form);
            const bytes = await deps.renderForm413({ fields: request.fields, cover: request.cover });
            const description = t('documents.form413.description', { count: plan.forms.length, number: form.number, total: plan.forms.length, editors: form.editorNames.join(', ') });
            return store('form413', bytes, 'application/pdf', request.fileName, description);
          }),
        ),
        renderGuidePdf(guide, t('documents.guide.footer')).then((bytes) =>
          store('implementationGuide', bytes, 'application/pdf', t('documents.guide.fileName'), t('documents.guide.description')),
        ),
        reminder
          ? buildReminder(reminder).then((calendar) =>
              store('renewalReminder', new TextEncoder().encode(calendar), 'text/calendar', t('documents.reminder.fileName'), t('documents.reminder.description', { days: reminderDaysBeforeExpiry })),
            )
          : undefined,
      ]);
      return [...forms, guideDocument, ...(reminderDocument ? [reminderDocument] : [])];
    },
    technicalInstructions({ plan, language }) {
      return guideAsText(implementationGuide(getI18n().getFixedT(language), plan));
    },
  };
}
