import type { DocumentProducer, ProducedDocument } from '../dialogs/documentProducer';
import { getI18n } from '../locales';
import type { Form413Document } from './form413';
import { form413Request } from './form413Request';
import { guideAsText, implementationGuide } from './guide/guideContent';
import { buildRenewalReminder } from './reminder';
import { renderTextPdf } from './textPdf';

/** Where produced files go: the bot's own store, which hands back an unguessable, expiring link. */
export interface DocumentSink {
  put(doc: { bytes: Uint8Array; contentType: string; fileName: string; conversationId: string }): Promise<{ url: string }>;
}

export interface DocumentProducerDependencies {
  renderForm413(doc: Form413Document): Promise<Uint8Array>;
  sink: DocumentSink;
  /** Clock for the calendar file's DTSTAMP only (renewal dates come from the plan). */
  now: () => Date;
}

/** Form 413 PDFs (one per planned form), the implementation guide (PDF) and the .ics renewal reminder. */
export function createDocumentProducer(deps: DocumentProducerDependencies): DocumentProducer {
  return {
    async produce({ plan, language, conversationId }): Promise<ProducedDocument[]> {
      const t = getI18n().getFixedT(language);
      // The form is the ANS's French form, whatever the user's language.
      const formT = getI18n().getFixedT('fr');
      const store = async (kind: ProducedDocument['kind'], bytes: Uint8Array, contentType: string, fileName: string, description: string) => {
        const { url } = await deps.sink.put({ bytes, contentType, fileName, conversationId });
        return { kind, fileName, contentType, url, description };
      };
      const forms = await Promise.all(
        plan.forms.map(async (form) => {
          const request = form413Request(formT, plan, form);
          const bytes = await deps.renderForm413({ fields: request.fields, coverNote: request.coverNote });
          const description = t('documents.form413.description', { count: plan.forms.length, number: form.number, total: plan.forms.length, editors: form.editorNames.join(', ') });
          return store('form413', bytes, 'application/pdf', request.fileName, description);
        }),
      );
      const guide = implementationGuide(t, plan);
      const guidePdf = await renderTextPdf(guide, t('documents.guide.footer'));
      const guideDocument = await store('implementationGuide', guidePdf, 'application/pdf', t('documents.guide.fileName'), t('documents.guide.description'));
      const documents: ProducedDocument[] = [...forms, { ...guideDocument, text: guideAsText(guide) }];
      if (plan.renewal) {
        const first = plan.structures[0];
        const calendar = buildRenewalReminder({
          language,
          remindOn: plan.renewal.remindOn,
          expiresOn: plan.renewal.expiresOn,
          structureName: plan.structures.map((structure) => structure.denomination || structure.identifier).join(', '),
          nationalStructureId: plan.structures.map((structure) => structure.nationalStructureId).join(', ') || (first?.nationalStructureId ?? ''),
          certificates: plan.certificates.map((certificate) => ({ commonName: certificate.commonName, usage: certificate.usages.join(' + ') })),
          uid: `${conversationId.replace(/[^A-Za-z0-9-]/g, '')}-renewal@assistant-413`,
          now: deps.now(),
        });
        documents.push(await store('renewalReminder', new TextEncoder().encode(calendar), 'text/calendar', t('documents.reminder.fileName'), t('documents.reminder.description')));
      }
      return documents;
    },
  };
}
