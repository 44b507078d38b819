import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import { ZodError } from 'zod';
import { renderForm413 } from '../../documents/form413';
import { form413Samples } from '../../documents/form413/samples';
import { createDocumentPool, createGuidePool } from '../../documents/guidePool';
import { GuideContent, implementationGuide } from '../../documents/guide/guideContent';
import { buildRenewalReminder, planReminderInput } from '../../documents/reminder';
import { renderTextPdf } from '../../documents/textPdf';
import { getI18n } from '../../locales';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { nineCabinets } from './nineCabinets';

// Worker threads start a TypeScript transpiler of their own when run from the sources: slower than in-process.
jest.setTimeout(60_000);

const plan = planFromAnswers(nineCabinets(), '2026-11-30');
const guideOf = (language: 'fr' | 'en'): GuideContent => implementationGuide(getI18n().getFixedT(language), plan);

/** What a reader gets: title, page count, each page's drawing operators (font names carry a random suffix). */
async function contentOf(bytes: Uint8Array) {
  const pdf = await PDFDocument.load(bytes);
  const pages = pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
    return streams
      .map((stream) => (stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : ''))
      .join('\n')
      .replace(/\/(Helvetica|Helvetica-Bold|Courier)-\d+ /g, '/$1 ');
  });
  return { title: pdf.getTitle(), pages };
}

function pdftotext(bytes: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'guide-pool-'));
  try {
    writeFileSync(join(folder, 'guide.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(folder, 'guide.pdf'), '-']).toString('utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('createGuidePool', () => {
  const pool = createGuidePool({ maxThreads: 2 });
  afterAll(() => pool.close());

  it.each(['fr', 'en'] as const)('renders the implementation guide (%s) on worker threads: the same pages, operators and text as in-process', async (language) => {
    const guide = guideOf(language);
    const footer = getI18n().getFixedT(language)('documents.guide.footer');
    const [fromPool, again, inProcess] = await Promise.all([pool.renderGuidePdf(guide, footer), pool.renderGuidePdf(guide, footer), renderTextPdf(guide, footer)]);
    const expected = await contentOf(inProcess);
    expect(expected.pages.length).toBeGreaterThan(2);
    expect(await contentOf(fromPool)).toEqual(expected);
    expect(await contentOf(again)).toEqual(expected);
    const text = pdftotext(fromPool);
    expect(text).toBe(pdftotext(inProcess));
    expect(text).toContain(plan.certificates[0]?.commonName);
  });

  it.each(['fr', 'en'] as const)('builds the .ics reminder (%s) on a worker thread, the same text as in-process', async (language) => {
    const input = planReminderInput(plan, language, 'conv-9', new Date('2026-11-30T10:00:00Z'));
    if (!input) throw new Error('the nine-cabinet plan has a renewal');
    const calendar = await pool.buildReminder(input);
    expect(calendar).toBe(buildRenewalReminder(input));
    expect(calendar).toContain('DTSTAMP:20261130T100000Z');
  });

  it('refuses bad content and a useless reminder in the calling thread, with a ZodError', async () => {
    const bad: unknown = { title: 'Guide', sections: [{ heading: 'A', paragraphs: 'not a list', commands: [] }] };
    await expect(pool.renderGuidePdf(bad as GuideContent, 'footer')).rejects.toBeInstanceOf(ZodError);
    const input = planReminderInput(plan, 'fr', 'conv-9', new Date());
    if (!input) throw new Error('the nine-cabinet plan has a renewal');
    await expect(pool.buildReminder({ ...input, remindOn: input.expiresOn })).rejects.toBeInstanceOf(ZodError);
  });

  it('can be closed before it ever started, and closed twice', async () => {
    const idle = createGuidePool();
    await expect(idle.close()).resolves.toBeUndefined();
    await expect(idle.close()).resolves.toBeUndefined();
  });
});

describe('createDocumentPool', () => {
  const pool = createDocumentPool({ maxThreads: 1 });
  afterAll(() => pool.close());

  it('makes a Form 413, the guide and the reminder of one document turn on a single thread, each as in-process', async () => {
    const guide = guideOf('fr');
    const footer = getI18n().getFixedT('fr')('documents.guide.footer');
    const input = planReminderInput(plan, 'fr', 'conv-9', new Date('2026-11-30T10:00:00Z'));
    if (!input) throw new Error('the nine-cabinet plan has a renewal');
    const [form, guidePdf, calendar] = await Promise.all([pool.renderForm413(form413Samples.gie), pool.renderGuidePdf(guide, footer), pool.buildReminder(input)]);
    const fields = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getForm().getFields().map((field) => field.getName());
    expect(await fields(form)).toEqual(await fields(await renderForm413(form413Samples.gie)));
    expect(pdftotext(form)).toBe(pdftotext(await renderForm413(form413Samples.gie)));
    expect(await contentOf(guidePdf)).toEqual(await contentOf(await renderTextPdf(guide, footer)));
    expect(calendar).toBe(buildRenewalReminder(input));
  });
});
