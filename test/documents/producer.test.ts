import { PDFDocument } from 'pdf-lib';
import { createMemoryDocumentStore } from '../../bot/documentStore';
import { createDocumentProducer } from '../../documents/producer';
import { renderForm413 } from '../../documents/form413';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { answerAll } from '../rules/helpers/answerAll';
import { scenario } from '../rules/helpers/scenario';
import { validRppsRang } from '../rules/helpers/identifiers';

const nineCabinets = () => {
  const table: Record<string, string | number | string[]> = {
    risController: 'liberal', sectorCode: 'SA08', services: ['dmp', 'insi'], pfiRelay: 'no', insiMode: 'auto',
    adminDelegation: 'structure', cabinetCount: 9, solutionName: 'RIS Xplore', 'moreAdmins[1]': 'no',
  };
  for (let index = 1; index <= 9; index += 1) {
    table[`cabinet[${index}].rppsRang`] = validRppsRang(index);
    table[`cabinet[${index}].editorName`] = 'Xplore Santé';
  }
  return answerAll(scenario(table)).answers;
};

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
    const guide = documents[3];
    expect(guide?.text).toContain('INSI-AUTO');
    const reminderToken = new URL(documents[4]?.url ?? '').pathname.split('/')[2] ?? '';
    const calendar = Buffer.from((await store.get(reminderToken))?.bytes ?? []).toString();
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain(`DTSTART;VALUE=DATE:${plan.renewal?.remindOn.replace(/-/g, '')}`);
  });
});
