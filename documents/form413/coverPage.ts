import type { PDFFont } from 'pdf-lib';
import type { CoverPage } from './document';
import type { UpdatedObject } from './incrementalUpdate';
import { colours } from './layout';
import { num, refText, rgbFill, rgbStroke, streamBody } from './pdfSyntax';
import { printable } from './printable';
import type { TemplateIndex } from './templateIndex';

const margin = 56;
const largest = 10.5;
const smallest = 7;

/** Word widths at size 1, per font: pdf-lib measures a text glyph by glyph, and a cover wraps some 400 words. */
const wordWidths = new WeakMap<PDFFont, Map<string, number>>();

function widthOf(font: PDFFont, word: string): number {
  let widths = wordWidths.get(font);
  if (!widths) wordWidths.set(font, (widths = new Map<string, number>()));
  let width = widths.get(word);
  if (width === undefined) {
    // Names and addresses vary per request: the cache is bounded, not a leak.
    if (widths.size > 5000) widths.clear();
    widths.set(word, (width = font.widthOfTextAtSize(word, 1)));
  }
  return width;
}

/** Lines of words that fit `width` at `size`, measured word by word (kerning across a space is negligible here). */
function wrapWords(font: PDFFont, size: number, text: string, width: number): string[] {
  const space = widthOf(font, ' ') * size;
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  for (const word of text.split(' ')) {
    const needed = widthOf(font, word) * size;
    if (line.length > 0 && used + space + needed > width) {
      lines.push(line.join(' '));
      line = [];
      used = 0;
    }
    used += (line.length > 0 ? space : 0) + needed;
    line.push(word);
  }
  return [...lines, line.join(' ')];
}

interface Line {
  text: string;
  bold: boolean;
  size: number;
  /** Space before the line's baseline. */
  lead: number;
}

/** The cover's lines at a body size: the title, then each section's heading and wrapped paragraphs. */
function linesAt(cover: CoverPage, fonts: { regular: PDFFont; bold: PDFFont }, size: number, width: number): Line[] {
  const lines: Line[] = [];
  const add = (text: string, bold: boolean, at: number, first: number, next = at * 1.3) =>
    wrapWords(bold ? fonts.bold : fonts.regular, at, printable(fonts.regular, text), width).forEach((line, index) =>
      lines.push({ text: line, bold, size: at, lead: index === 0 ? first : next }),
    );
  add(cover.title, true, size + 5, 0);
  for (const section of cover.sections) {
    if (section.heading !== '') add(section.heading, true, size + 1, size * 2.4);
    section.paragraphs.forEach((paragraph, index) =>
      add(paragraph, false, size, index === 0 && section.heading !== '' ? size * 1.6 : size * 1.9),
    );
  }
  return lines;
}

/** The largest body size whose lines fit the page (a long cover gets smaller type rather than a second page). */
function fittedLines(
  cover: CoverPage,
  fonts: { regular: PDFFont; bold: PDFFont },
  width: number,
  height: number,
): Line[] {
  let size = largest;
  let lines = linesAt(cover, fonts, size, width);
  const total = (all: Line[]) => all.reduce((sum, line) => sum + line.lead, 0) + (all[0]?.size ?? 0);
  while (size > smallest && total(lines) > height) {
    size -= 0.5;
    lines = linesAt(cover, fonts, size, width);
  }
  return lines;
}

/**
 * The cover page as objects of the update: a page of its own with its content, and the page tree written again
 * with the cover first, so that the pages to sign carry only the form. Its fonts are the template's Helvetica
 * and Helvetica-Bold; a dashed frame sets it apart from the official pages.
 */
export function coverPageObjects(index: TemplateIndex, cover: CoverPage, next: () => number): UpdatedObject[] {
  const { pages } = index;
  const fonts = { regular: index.font.metrics, bold: index.boldMetrics };
  const width = pages.width - 2 * margin;
  const lines = fittedLines(cover, fonts, width - 24, pages.height - 2 * margin - 36);
  let y = pages.height - margin - 18;
  const shown = lines.map((line, position) => {
    y -= position === 0 ? line.size : line.lead;
    const font = line.bold ? fonts.bold : fonts.regular;
    const colour = line.bold ? colours.ans : colours.ink;
    return `BT ${rgbFill(colour)} /${line.bold ? 'CB' : 'CR'} ${num(line.size)} Tf 1 0 0 1 ${num(margin + 12)} ${num(y)} Tm ${font.encodeText(line.text).toString()} Tj ET`;
  });
  const frame = `q ${rgbStroke(colours.ans)} 0.8 w [5 3] 0 d ${num(margin)} ${num(y - 18)} ${num(width)} ${num(pages.height - margin - y + 18)} re S Q`;
  const [page, content] = [next(), next()];
  const resources = `/Resources << /Font << /CR ${index.font.ref} /CB ${pages.boldRef} >> >>`;
  return [
    {
      number: pages.tree.number,
      body: `<<\n${pages.tree.head}\n/Kids [ ${[refText(page), ...pages.kids].join(' ')} ]\n/Count ${pages.kids.length + 1}\n>>`,
    },
    {
      number: page,
      body: `<< /Type /Page /Parent ${refText(pages.tree.number)} /MediaBox [ 0 0 ${num(pages.width)} ${num(pages.height)} ] ${resources} /Contents ${refText(content)} >>`,
    },
    { number: content, body: streamBody('', [frame, ...shown].join('\n')) },
  ];
}
