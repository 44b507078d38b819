import { PDFDocument } from 'pdf-lib';
import { createMemoryDocumentStore } from '../../bot/documentStore';
import { createDocumentProducer } from '../../documents/producer';
import type { Plan } from '../../rules/plan/schema';
import { otherRpps, thirdRpps } from './cases/identifiers';
import { radiologistCases, twoRadiologistsToSummary } from './cases/radiologists';
import { textOf } from './activityData';
import { asTable, playCase, runTranscript } from './transcript';

/** Each Form 413 PDF the plan gives, read back with pdf-lib: its file name and the fields a signer checks. */
async function formsReadBack(plan: Plan) {
  const store = createMemoryDocumentStore({ baseUrl: 'http://127.0.0.1:3978', ttlMs: 60_000 });
  const producer = createDocumentProducer({ sink: store, now: () => new Date('2026-11-30T10:00:00Z') });
  const documents = await producer.produce({ plan, language: 'fr', conversationId: 'group', today: '2026-11-30' });
  return Promise.all(
    documents
      .filter((document) => document.kind === 'form413')
      .map(async (document) => {
        const stored = await store.get(new URL(document.url).pathname.split('/')[2] ?? '');
        const form = (await PDFDocument.load(stored?.bytes ?? new Uint8Array())).getForm();
        const text = (name: string) => form.getTextField(name).getText() ?? '';
        return {
          fileName: document.fileName,
          rangs: [1, 2, 3, 4].map((slot) => text(`structure.rppsRang${slot}`)).filter(Boolean),
          nom: text('representant.nom'),
          carte: text('representant.carte'),
          box: form.getRadioGroup('representant.qualite').getSelected(),
        };
      }),
  );
}

describe('a cabinet de groupe: one certificate and one set of forms per radiologist (Cas 3)', () => {
  it.each(asTable(radiologistCases))('%s', playCase);

  it.each([
    [
      'two radiologists',
      0,
      [
        ['DUPONT', 2],
        ['MOREAU', 1],
      ],
    ],
    [
      'three radiologists, the third in five cabinets',
      1,
      [
        ['DUPONT', 1],
        ['MOREAU', 1],
        ['LEROY', 4],
        ['LEROY', 1],
      ],
    ],
  ] as const)(
    "%s: each PDF read back carries one radiologist's RPPS-rang, all of his RPPS, and is signed by him",
    async (_name, index, expected) => {
      const testCase = radiologistCases[index];
      if (!testCase) throw new Error('no case');
      const { plan } = await runTranscript(testCase);
      if (!plan) throw new Error('no plan');
      const forms = await formsReadBack(plan);
      expect(forms.map((form) => [form.nom, form.rangs.length])).toEqual(expected);
      const rppsOf: Record<string, string> = { DUPONT: '10003926135', MOREAU: otherRpps, LEROY: thirdRpps };
      for (const form of forms) {
        expect(form.rangs.map((rang) => rang.slice(0, 11))).toEqual(form.rangs.map(() => rppsOf[form.nom]));
        expect(form.box).toBe('titulaireCabinet');
        // The file says whose form it is: the secretary hands it to that radiologist to sign.
        expect(form.fileName).toMatch(new RegExp(`^formulaire-413-${form.nom.toLowerCase()}-`));
      }
      expect(new Set(forms.map((form) => form.carte)).size).toBe(new Set(forms.map((form) => form.nom)).size);
    },
  );

  it('the 3.2 box asked on request: its help gives the boxes the guide ticks, and no longer steers a gérant to «Responsable légal»', async () => {
    const run = await runTranscript({
      name: 'box help',
      steps: [
        ...twoRadiologistsToSummary,
        ['changer la case cochée du Dr Moreau', 'radiologist[2].representant.qualite'],
        ['aide', 'radiologist[2].representant.qualite'],
      ],
    });
    const help = textOf(run.turns[run.turns.length - 1] ?? []);
    expect(help).toContain('«\u00a0Titulaire du cabinet\u00a0» pour un radiologue');
    expect(help).not.toMatch(/gérant|comptable/);
  });
});
