import { PDFDocument, PDFFont, PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { GuideContent } from './guide/guideContent';
import { printable } from './form413/printable';

const pageSize: [number, number] = [595.28, 841.89]; // A4
const margin = 50;
const lineGap = 4;
function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraphLine of text.split('\n')) {
    let current = '';
    for (const word of paragraphLine.split(/\s+/)) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && font.widthOfTextAtSize(candidate, size) > width) {
        lines.push(current);
        current = word;
      } else current = candidate;
    }
    lines.push(current);
  }
  return lines;
}

/** A plain, paginated A4 PDF of headed sections: the implementation guide. */
export async function renderTextPdf(content: GuideContent, footer: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(content.title);
  const fonts = {
    body: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    code: await pdf.embedFont(StandardFonts.Courier),
  };
  const width = pageSize[0] - 2 * margin;
  let page: PDFPage = pdf.addPage(pageSize);
  let y = pageSize[1] - margin;
  const write = (text: string, font: PDFFont, size: number, color = rgb(0, 0, 0)) => {
    for (const line of wrap(font, size, printable(font, text, true), width)) {
      if (y - size < margin + 20) {
        page = pdf.addPage(pageSize);
        y = pageSize[1] - margin;
      }
      page.drawText(line, { x: margin, y: y - size, size, font, color });
      y -= size + lineGap;
    }
  };
  write(content.title, fonts.bold, 15, rgb(0, 0.2, 0.5));
  y -= 8;
  for (const part of content.sections) {
    y -= 6;
    write(part.heading, fonts.bold, 12, rgb(0, 0.2, 0.5));
    for (const block of part.blocks) {
      if ('text' in block) {
        write(block.text, fonts.body, 10);
        y -= 3;
        continue;
      }
      y -= 2;
      write(block.caption, fonts.bold, 9);
      for (const line of block.lines) write(line, fonts.code, 8.5, rgb(0.15, 0.15, 0.15));
      y -= 6;
    }
  }
  pdf.getPages().forEach((each, index, pages) =>
    each.drawText(printable(fonts.body, `${footer} — ${index + 1}/${pages.length}`), { x: margin, y: margin - 20, size: 8, font: fonts.body, color: rgb(0.4, 0.4, 0.4) }),
  );
  return pdf.save();
}
