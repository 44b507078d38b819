import { PDFHexString } from 'pdf-lib';
import type { GuideContent } from './guide/guideContent';
import { printable } from './form413/printable';
import { num } from './form413/pdfSyntax';
import { PdfFile } from './pdf/pdfFile';
import { StandardFont, textFonts } from './pdf/standardFont';

const pageSize = { width: 595.28, height: 841.89 }; // A4
const margin = 50;
const lineGap = 4;
const colours = { ink: '0 0 0', heading: '0 0.2 0.5', code: '0.15 0.15 0.15', footer: '0.4 0.4 0.4' } as const;

/** Lines of words that fit `width` at `size` (a word longer than the line stays whole). */
function wrap(font: StandardFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  const space = font.widthOf(' ', size);
  for (const paragraphLine of text.split('\n')) {
    let current: string[] = [];
    let used = 0;
    for (const word of paragraphLine.split(/\s+/)) {
      if (word === '') continue;
      const needed = font.widthOf(word, size);
      if (current.length > 0 && used + space + needed > width) {
        lines.push(current.join(' '));
        current = [];
        used = 0;
      }
      used += (current.length > 0 ? space : 0) + needed;
      current.push(word);
    }
    lines.push(current.join(' '));
  }
  return lines;
}

/**
 * Each text's lines, laid out once and shown as hex: most of a guide's paragraphs are the same from one request
 * to the next, only those naming the structure or its certificates change. Bounded: it starts again when full.
 */
const laidOut = new Map<string, readonly string[]>();

function linesOf(font: StandardFont, size: number, text: string): readonly string[] {
  const key = `${font.baseFont} ${size}\n${text}`;
  let lines = laidOut.get(key);
  if (!lines) {
    if (laidOut.size >= 5000) laidOut.clear();
    lines = wrap(font, size, printable(font.metrics, text, true), pageSize.width - 2 * margin).map((line) => font.hex(line));
    laidOut.set(key, lines);
  }
  return lines;
}

/** Pages as content-stream text, filled from the top, a new page when a line no longer fits above the footer. */
class Pages {
  readonly contents: string[][] = [[]];
  private y = pageSize.height - margin;

  constructor(private readonly fonts: Record<'body' | 'bold' | 'code', StandardFont>) {}

  space(points: number): void {
    this.y -= points;
  }

  write(text: string, font: 'body' | 'bold' | 'code', size: number, colour: string = colours.ink): void {
    const start = `BT /${font} ${num(size)} Tf ${colour} rg ${margin} `;
    for (const line of linesOf(this.fonts[font], size, text)) {
      if (this.y - size < margin + 20) {
        this.contents.push([]);
        this.y = pageSize.height - margin;
      }
      this.contents[this.contents.length - 1]?.push(`${start}${num(this.y - size)} Td ${line} Tj ET`);
      this.y -= size + lineGap;
    }
  }
}

/**
 * A plain, paginated A4 PDF of headed sections: the implementation guide. Written directly (standard fonts, one
 * compressed content stream per page) rather than through pdf-lib's document model: about 1 ms instead of 15 to 50.
 */
export async function renderTextPdf(content: GuideContent, footer: string): Promise<Uint8Array> {
  const fonts = await textFonts();
  const pages = new Pages(fonts);
  pages.write(content.title, 'bold', 15, colours.heading);
  pages.space(8);
  for (const part of content.sections) {
    pages.space(6);
    pages.write(part.heading, 'bold', 12, colours.heading);
    for (const block of part.blocks) {
      if ('text' in block) {
        pages.write(block.text, 'body', 10);
        pages.space(3);
        continue;
      }
      pages.space(2);
      pages.write(block.caption, 'bold', 9);
      for (const line of block.lines) pages.write(line, 'code', 8.5, colours.code);
      pages.space(6);
    }
  }
  const pdf = new PdfFile();
  const [catalog, tree] = [pdf.reserve(), pdf.reserve()];
  const fontObjects = Object.entries(fonts).map(([key, font]) => `/${key} ${pdf.add(`<< /Type /Font /Subtype /Type1 /BaseFont /${font.baseFont} /Encoding /WinAnsiEncoding >>`)} 0 R`);
  const resources = `<< /Font << ${fontObjects.join(' ')} >> >>`;
  const total = pages.contents.length;
  const kids = pages.contents.map((lines, index) => {
    const pageFooter = `BT /body 8 Tf ${colours.footer} rg ${margin} ${margin - 20} Td ${fonts.body.hex(printable(fonts.body.metrics, `${footer} — ${index + 1}/${total}`))} Tj ET`;
    const stream = pdf.addStream('', [...lines, pageFooter].join('\n'));
    return pdf.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [ 0 0 ${pageSize.width} ${pageSize.height} ] /Resources ${resources} /Contents ${stream} 0 R >>`);
  });
  pdf.set(tree, `<< /Type /Pages /Kids [ ${kids.map((kid) => `${kid} 0 R`).join(' ')} ] /Count ${total} >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${tree} 0 R >>`);
  const info = pdf.add(`<< /Title ${PDFHexString.fromText(content.title).toString()} /Creator (Assistant 413) /Producer (Assistant 413) >>`);
  return pdf.toBytes({ root: catalog, info });
}
