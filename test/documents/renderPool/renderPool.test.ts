import { PDFDocument } from 'pdf-lib';
import { ZodError } from 'zod';
import { createDocumentPool } from '../../../documents/renderPool';
import { tasksPerThreadBeforeAnother } from '../../../documents/renderPool/pool';
import { DocumentRequest, renderDocuments, RenderedDocument } from '../../../documents/renderDocuments';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import { pdfText } from '../../helpers/pdfTools';
import { nineCabinets } from '../nineCabinets';

// Worker threads start a TypeScript transpiler of their own when run from the sources: slower than in-process.
jest.setTimeout(60_000);

const plan = planFromAnswers(nineCabinets(), '2026-11-30');
const request = (language: 'fr' | 'en'): DocumentRequest => ({ plan, language, now: new Date('2026-11-30T10:00:00Z') });

/** What a reader gets of each file: its name and kind, the form's fields, the PDFs' text, the calendar's text. */
async function readBack(documents: RenderedDocument[]) {
  return Promise.all(
    documents.map(async ({ bytes, ...about }) => {
      // The calendar's UID is random (a conversation's id would be guessable): compared without it.
      if (about.contentType !== 'application/pdf')
        return {
          ...about,
          text: Buffer.from(bytes)
            .toString('utf8')
            .replace(/^UID:.*$/m, 'UID:'),
        };
      const fields = (await PDFDocument.load(bytes))
        .getForm()
        .getFields()
        .map((field) => field.getName());
      return { ...about, fields, text: pdfText(bytes) };
    }),
  );
}

const until = async (condition: () => boolean, what: string) => {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 20_000) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('createDocumentPool', () => {
  const pool = createDocumentPool({ maxThreads: 2 });
  afterAll(() => pool.close());

  it.each(['fr', 'en'] as const)(
    'makes every document of a request (%s) on a worker thread, each as in-process',
    async (language) => {
      const [fromPool, inProcess] = await Promise.all([
        pool.renderDocuments(request(language)),
        renderDocuments(request(language)),
      ]);
      expect(fromPool.map((document) => document.kind)).toEqual([
        'form413',
        'form413',
        'form413',
        'implementationGuide',
        'renewalReminder',
      ]);
      expect(await readBack(fromPool)).toEqual(await readBack(inProcess));
      // The guide and the calendar carry no date of their making: the same bytes wherever they are made, but for
      // the calendar's random UID.
      const withoutUid = (document: { bytes: Uint8Array } | undefined) =>
        Buffer.from(document?.bytes ?? [])
          .toString('utf8')
          .replace(/^UID:.*$/m, 'UID:');
      expect(Buffer.from(fromPool[3]?.bytes ?? [])).toEqual(Buffer.from(inProcess[3]?.bytes ?? []));
      expect(withoutUid(fromPool[4])).toEqual(withoutUid(inProcess[4]));
      expect(pdfText(fromPool[3]?.bytes ?? new Uint8Array())).toContain(plan.certificates[0]?.commonName);
    },
  );

  it('refuses a bad request in the calling thread, with a ZodError', async () => {
    await expect(
      pool.renderDocuments({ ...request('fr'), language: 'de' } as unknown as DocumentRequest),
    ).rejects.toBeInstanceOf(ZodError);
    const broken: unknown = { ...request('fr'), plan: { ...plan, forms: 'none' } };
    await expect(pool.renderDocuments(broken as DocumentRequest)).rejects.toBeInstanceOf(ZodError);
  });

  it('can be closed before it ever started, and closed twice', async () => {
    const idle = createDocumentPool();
    expect(idle.threads).toBe(0);
    await expect(idle.close()).resolves.toBeUndefined();
    await expect(idle.close()).resolves.toBeUndefined();
  });
});

describe('the document pool under load and idle', () => {
  it('keeps one thread for lone turns and a few overlapping ones, starts one per core for a burst, and goes back to one when idle', async () => {
    const pool = createDocumentPool({ maxThreads: 2, idleTimeoutMs: 300 });
    try {
      // The very first task may start a second thread while the first one boots: it stops once idle.
      await pool.renderDocuments(request('fr'));
      await until(() => pool.threads === 1, 'the pool to settle on one thread');
      await pool.renderDocuments(request('fr'));
      const overlapping = Array.from({ length: tasksPerThreadBeforeAnother }, () => request('fr'));
      await Promise.all(overlapping.map((each) => pool.renderDocuments(each)));
      expect(pool.threads).toBe(1);
      const burst = Array.from({ length: 12 }, () => pool.renderDocuments(request('fr')));
      await until(() => pool.threads === 2, 'a second thread during the burst');
      const documents = await Promise.all(burst);
      expect(documents.map((each) => each.length)).toEqual(Array.from({ length: 12 }, () => 5));
      await until(() => pool.threads === 1, 'the pool to go back to one thread');
      // The thread left still works, and a new burst may start the second one again.
      expect(await pool.renderDocuments(request('en'))).toHaveLength(5);
    } finally {
      await pool.close();
    }
  });
});
