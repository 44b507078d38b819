import { PDFDocument } from 'pdf-lib';
import { createMemoryDocumentStore } from '../../bot/documentStore';
import { createDocumentProducer } from '../../documents/producer';
import type { DocumentRequest, RenderedDocument } from '../../documents/renderDocuments';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { validRppsRang } from '../rules/helpers/identifiers';
import { nineCabinets } from './nineCabinets';

describe('the documents of a request', () => {
  it('9 cabinets: three Form 413 PDFs (4 + 4 + 1 RPPS-rang) read back, the guide and the .ics reminder, behind expiring links', async () => {
    const store = createMemoryDocumentStore({ baseUrl: 'http://127.0.0.1:3978', ttlMs: 60_000 });
    const producer = createDocumentProducer({ sink: store, now: () => new Date('2026-11-30T10:00:00Z') });
    const plan = planFromAnswers(nineCabinets(), '2026-11-30');
    const documents = await producer.produce({ plan, language: 'fr', conversationId: 'conv-9', today: '2026-11-30' });
    expect(documents.map((document) => document.kind)).toEqual([
      'form413',
      'form413',
      'form413',
      'implementationGuide',
      'renewalReminder',
    ]);
    expect(documents.slice(0, 3).map((document) => document.fileName)).toEqual([
      'formulaire-413-xplore-sante-1-sur-3.pdf',
      'formulaire-413-xplore-sante-2-sur-3.pdf',
      'formulaire-413-xplore-sante-3-sur-3.pdf',
    ]);
    const rangs: string[][] = [];
    for (const document of documents.slice(0, 3)) {
      const token = new URL(document.url).pathname.split('/')[2] ?? '';
      const stored = await store.get(token);
      const form = (await PDFDocument.load(stored?.bytes ?? new Uint8Array())).getForm();
      expect(form.getTextField('structure.denomination').getText() ?? '').toBe('');
      expect(form.getRadioGroup('representant.qualite').getSelected()).toBe('titulaireCabinet');
      expect(form.getTextField('usage.precisions').getText()).toContain('INSI-AUTO');
      rangs.push(
        [1, 2, 3, 4].map((slot) => form.getTextField(`structure.rppsRang${slot}`).getText() ?? '').filter(Boolean),
      );
    }
    expect(rangs.map((list) => list.length)).toEqual([4, 4, 1]);
    expect(rangs.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map(validRppsRang));
    expect(producer.technicalInstructions({ plan, language: 'fr' })).toContain('INSI-AUTO');
    const reminderToken = new URL(documents[4]?.url ?? '').pathname.split('/')[2] ?? '';
    const calendar = Buffer.from((await store.get(reminderToken))?.bytes ?? []).toString();
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain(`DTSTART;VALUE=DATE:${plan.renewal?.remindOn.replace(/-/g, '')}`);
  });
});

describe('the producer with its renderer passed in (the bot passes its worker pool)', () => {
  it('asks once for every file of the request, then stores each behind its own link, in the order made', async () => {
    const store = createMemoryDocumentStore({ baseUrl: 'http://127.0.0.1:3978', ttlMs: 60_000 });
    const requests: DocumentRequest[] = [];
    const file = (kind: RenderedDocument['kind'], byte: number): RenderedDocument => ({
      kind,
      fileName: `${kind}.bin`,
      contentType: 'application/octet-stream',
      description: `le fichier ${kind}`,
      bytes: new Uint8Array([byte]),
    });
    const now = new Date('2026-11-30T10:00:00Z');
    const producer = createDocumentProducer({
      render: async (request) => (
        requests.push(request),
        [file('form413', 1), file('form413', 2), file('implementationGuide', 3), file('renewalReminder', 4)]
      ),
      sink: store,
      now: () => now,
    });
    const plan = planFromAnswers(nineCabinets(), '2026-11-30');
    const documents = await producer.produce({ plan, language: 'en', conversationId: 'conv:9', today: '2026-11-30' });
    expect(requests).toEqual([{ plan, language: 'en', now }]);
    expect(documents.map((document) => [document.kind, document.description])).toEqual([
      ['form413', 'le fichier form413'],
      ['form413', 'le fichier form413'],
      ['implementationGuide', 'le fichier implementationGuide'],
      ['renewalReminder', 'le fichier renewalReminder'],
    ]);
    const bytesOf = async (url: string) =>
      Array.from((await store.get(new URL(url).pathname.split('/')[2] ?? ''))?.bytes ?? []);
    expect(await Promise.all(documents.map((document) => bytesOf(document.url)))).toEqual([[1], [2], [3], [4]]);
  });
});
