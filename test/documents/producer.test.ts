import { PDFDocument } from 'pdf-lib';
import { createMemoryDocumentStore } from '../../bot/documentStore';
import { createDocumentProducer } from '../../documents/producer';
import { renderForm413 } from '../../documents/form413';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { validRppsRang } from '../rules/helpers/identifiers';
import { nineCabinets } from './nineCabinets';

describe('the documents of a request', () => {
  it('9 cabinets: three Form 413 PDFs (4 + 4 + 1 RPPS-rang) read back, the guide and the .ics reminder, behind expiring links', async () => {
    const store = createMemoryDocumentStore({ baseUrl: 'http://127.0.0.1:3978', ttlMs: 60_000 });
    const producer = createDocumentProducer({ renderForm413, sink: store, now: () => new Date('2026-11-30T10:00:00Z') });
    const plan = planFromAnswers(nineCabinets(), '2026-11-30');
    const documents = await producer.produce({ plan, language: 'fr', conversationId: 'conv-9', today: '2026-11-30' });
    expect(documents.map((document) => document.kind)).toEqual(['form413', 'form413', 'form413', 'implementationGuide', 'renewalReminder']);
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
      rangs.push([1, 2, 3, 4].map((slot) => form.getTextField(`structure.rppsRang${slot}`).getText() ?? '').filter(Boolean));
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

describe('the producer with its guide and reminder makers passed in (the bot passes its worker pool)', () => {
  it('makes the forms, the guide and the reminder at once, and lists them in the same order whichever finishes first', async () => {
    const store = createMemoryDocumentStore({ baseUrl: 'http://127.0.0.1:3978', ttlMs: 60_000 });
    const started: string[] = [];
    const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));
    const producer = createDocumentProducer({
      renderForm413: async () => (started.push('form413'), later(new Uint8Array([1]), 40)),
      renderGuidePdf: async (content, footer) => (started.push(`guide:${content.sections.length}:${footer}`), new Uint8Array([2])),
      buildReminder: async (input) => (started.push(`reminder:${String(input.uid)}`), 'BEGIN:VCALENDAR\r\n'),
      sink: store,
      now: () => new Date('2026-11-30T10:00:00Z'),
    });
    const plan = planFromAnswers(nineCabinets(), '2026-11-30');
    const documents = await producer.produce({ plan, language: 'fr', conversationId: 'conv:9', today: '2026-11-30' });
    expect(started).toEqual(['form413', 'form413', 'form413', `guide:${plan.certificates.length + 4}:Assistant 413 — guide d'implémentation IGC-Santé`, expect.stringMatching(/^reminder:[0-9a-f-]{36}@assistant-413$/)]);
    expect(documents.map((document) => document.kind)).toEqual(['form413', 'form413', 'form413', 'implementationGuide', 'renewalReminder']);
    const bytesOf = async (index: number) => Array.from((await store.get(new URL(documents[index]?.url ?? '').pathname.split('/')[2] ?? ''))?.bytes ?? []);
    expect(await Promise.all([0, 3, 4].map(bytesOf))).toEqual([[1], [2], Array.from(new TextEncoder().encode('BEGIN:VCALENDAR\r\n'))]);
  });
});
