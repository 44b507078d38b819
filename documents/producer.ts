import type { DocumentProducer, ProducedDocument } from './producedDocument';
import { translatorFor } from '../locales';
import { guideAsText, implementationGuide } from './guide/guideContent';
import type { DocumentRequest, RenderedDocument } from './documentRequest';

/** Where produced files go: the bot's own store, which hands back an unguessable, expiring link. */
export interface DocumentSink {
  put(doc: {
    bytes: Uint8Array;
    contentType: string;
    fileName: string;
    conversationId: string;
  }): Promise<{ url: string }>;
}

export interface DocumentProducerDependencies {
  /** Every file of the request; in this thread when absent (the bot passes its worker pool's). */
  render?: (request: DocumentRequest) => Promise<RenderedDocument[]>;
  sink: DocumentSink;
  /** Clock for the calendar file's DTSTAMP only (renewal dates come from the plan). */
  now: () => Date;
}

/** Form 413 PDFs (one per planned form), the implementation guide (PDF, and as text on request) and the .ics renewal reminder. */
export function createDocumentProducer(deps: DocumentProducerDependencies): DocumentProducer {
  // pdf-lib is loaded only when used: the bot passes its pool's renderer, and its own thread never loads it.
  const render =
    deps.render ?? (async (request: DocumentRequest) => (await import('./renderDocuments')).renderDocuments(request));
  return {
    async produce({ plan, language, conversationId }): Promise<ProducedDocument[]> {
      const rendered = await render({ plan, language, now: deps.now() });
      return Promise.all(
        rendered.map(async ({ kind, fileName, contentType, description, bytes }) => {
          const { url } = await deps.sink.put({ bytes, contentType, fileName, conversationId });
          return { kind, fileName, contentType, url, description };
        }),
      );
    },
    technicalInstructions({ plan, language }) {
      return guideAsText(implementationGuide(translatorFor(language), plan));
    },
  };
}
