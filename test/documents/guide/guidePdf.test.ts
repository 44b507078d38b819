import { PDFDocument, PDFFont, StandardFonts } from 'pdf-lib';
import { printable } from '../../../documents/form413/printable';
import { GuideContent, implementationGuide } from '../../../documents/guide/guideContent';
import { renderTextPdf } from '../../../documents/textPdf';
import { getI18n } from '../../../locales';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import { runOnPdf } from '../../helpers/pdfTools';
import { nineCabinets } from '../nineCabinets';

const a4 = { width: 595.28, height: 841.89 };
const margin = 50;
const footer = "Assistant 413 — guide d'implémentation IGC-Santé";

interface Word {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box (origin at the top left), from `pdftotext -bbox`. */
function wordsOf(bytes: Uint8Array): Word[] {
  const words: Word[] = [];
  let page = 0;
  for (const line of runOnPdf(bytes, 'pdftotext', ['-bbox', '-enc', 'UTF-8', 'FILE', '-']).split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match = /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (match)
      words.push({
        page,
        xMin: Number(match[1]),
        xMax: Number(match[2]),
        yMax: Number(match[3]),
        text: match[4] ?? '',
      });
  }
  return words;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the implementation guide PDF', () => {
  let helvetica: PDFFont;
  const guide: GuideContent = implementationGuide(
    getI18n().getFixedT('fr'),
    planFromAnswers(nineCabinets(), '2026-11-30'),
  );
  let bytes: Uint8Array;

  beforeAll(async () => {
    helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    bytes = await renderTextPdf(guide, footer);
  });

  it('is a valid PDF that pdf-lib reads back, titled like the guide', async () => {
    expect(runOnPdf(bytes, 'qpdf', ['--check', 'FILE'])).toContain('No syntax or stream encoding errors found');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe(guide.title);
    expect(pdf.getPageCount()).toBeGreaterThan(2);
    for (const page of pdf.getPages()) expect(page.getSize()).toEqual(a4);
  });

  it('holds every heading, paragraph and command of the guide, in order, across page breaks', () => {
    const pages = runOnPdf(bytes, 'pdftotext', ['-enc', 'UTF-8', 'FILE', '-'])
      .split('\f')
      .filter((page) => page.trim() !== '');
    // Each page ends with its footer; without them the text runs on from page to page.
    const body = collapse(
      pages.map((page, index) => page.replace(`${footer} — ${index + 1}/${pages.length}`, '')).join(' '),
    );
    pages.forEach((page, index) => expect(page).toContain(`${footer} — ${index + 1}/${pages.length}`));
    const expected = [
      guide.title,
      ...guide.sections.flatMap((section) => [
        section.heading,
        ...section.blocks.flatMap((block) => ('text' in block ? [block.text] : [block.caption, ...block.lines])),
      ]),
    ];
    let from = 0;
    for (const text of expected) {
      const at = body.indexOf(collapse(printable(helvetica, text, true)), from);
      expect({ text, found: at >= 0 }).toEqual({ text, found: true });
      from = at;
    }
  });

  it('keeps every word within the margins and above the footer', () => {
    const words = wordsOf(bytes);
    expect(words.length).toBeGreaterThan(500);
    const footerTop = a4.height - margin;
    for (const word of words) {
      const where = { text: word.text, page: word.page };
      expect({ ...where, inside: word.xMin >= margin - 0.01 && word.xMax <= a4.width - margin + 0.01 }).toEqual({
        ...where,
        inside: true,
      });
    }
    const aboveFooter = words.filter((word) => word.yMax < footerTop);
    const inFooter = words.filter((word) => word.yMax >= footerTop);
    expect(aboveFooter.every((word) => word.yMax <= a4.height - margin - 20 + 3)).toBe(true);
    expect(collapse(inFooter.map((word) => word.text).join(' '))).toContain('1/');
  });
});
