import { PDFDocument, PDFFont, rgb, RGB, StandardFonts } from 'pdf-lib';
import type { GuideContent } from './guide/guideContent';
import { printable } from './form413/printable';
import { widthOf } from './pdf/fontMemo';
import { PlacedLine, writeLines } from './pdf/pageText';

const pageSize: [number, number] = [595.28, 841.89]; // A4
const margin = 50;
const lineGap = 4;
const colours = {
  ink: rgb(0, 0, 0),
  heading: rgb(0, 0.2, 0.5),
  code: rgb(0.15, 0.15, 0.15),
  footer: rgb(0.4, 0.4, 0.4),
};

/** Lines of words that fit `width` at `size`, measured as `Tj` shows them (a word longer than a line stays whole). */
function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  const space = widthOf(font, ' ', size);
  for (const paragraphLine of text.split('\n')) {
    let current = '';
    let used = 0;
    for (const word of paragraphLine.split(/\s+/)) {
      const needed = widthOf(font, word, size);
      if (current !== '' && used + space + needed > width) {
        lines.push(current);
        current = word;
        used = needed;
      } else {
        used = current === '' ? needed : used + space + needed;
        current = current === '' ? word : `${current} ${word}`;
      }
    }
    lines.push(current);
  }
  return lines;
}

/** A plain, paginated A4 PDF of headed sections: the implementation guide. */
export async function renderTextPdf(content: GuideContent, footer: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setTitle(content.title);
  const [body, bold, code] = await Promise.all(
    [StandardFonts.Helvetica, StandardFonts.HelveticaBold, StandardFonts.Courier].map((name) => pdf.embedFont(name)),
  );
  if (!body || !bold || !code) throw new Error('pdf-lib has no standard fonts');
  const width = pageSize[0] - 2 * margin;
  const pages: PlacedLine[][] = [];
  let lines: PlacedLine[] = [];
  let y = 0;
  const newPage = () => {
    lines = [];
    pages.push(lines);
    y = pageSize[1] - margin;
  };
  newPage();
  const write = (text: string, font: PDFFont, size: number, color: RGB = colours.ink) => {
    for (const line of wrap(font, size, printable(font, text, true), width)) {
      if (y - size < margin + 20) newPage();
      lines.push({ text: line, font, size, color, x: margin, y: y - size });
      y -= size + lineGap;
    }
  };
  write(content.title, bold, 15, colours.heading);
  y -= 8;
  for (const part of content.sections) {
    y -= 6;
    write(part.heading, bold, 12, colours.heading);
    for (const block of part.blocks) {
      if ('text' in block) {
        write(block.text, body, 10);
        y -= 3;
        continue;
      }
      y -= 2;
      write(block.caption, bold, 9);
      for (const line of block.lines) write(line, code, 8.5, colours.code);
      y -= 6;
    }
  }
  pages.forEach((each, index) =>
    each.push({
      text: printable(body, `${footer} — ${index + 1}/${pages.length}`),
      font: body,
      size: 8,
      color: colours.footer,
      x: margin,
      y: margin - 20,
    }),
  );
  for (const each of pages) writeLines(pdf, pdf.addPage(pageSize), each);
  // Object streams would be compressed by pdf-lib's pako deflate; the objects left are few and small.
  return pdf.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}
