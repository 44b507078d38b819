import type { PDFFont } from 'pdf-lib';
import { getI18n } from '../../locales';
import { colours, coverNoteArea, minFontSize, toPdf } from './layout';
import { num, rgbFill, rgbStroke } from './pdfSyntax';
import { printable } from './printable';

/** Where the note is drawn: the page's height and the resource name of its Helvetica. */
export interface NotePage {
  font: PDFFont;
  fontKey: string;
  height: number;
}

const textAt = (page: NotePage, text: string, x: number, y: number, size: number) =>
  `BT ${rgbFill(colours.note)} ${page.fontKey} ${num(size)} Tf 1 0 0 1 ${num(x)} ${num(y)} Tm ${page.font.encodeText(text).toString()} Tj ET`;

/**
 * The assistant's note in its own colour and dashed frame, in the room the template keeps above section 3, as a
 * content stream to add after the page's own.
 */
export function coverNoteContent(page: NotePage, lines: readonly string[]): string {
  // The frame fits its lines, within the room kept for three.
  const area = { ...coverNoteArea, height: Math.min(coverNoteArea.height, 22 + lines.length * 12) };
  const { x, y, width: w, height: h } = toPdf(area);
  const caption = printable(page.font, getI18n().getFixedT('fr', undefined, 'form413')('coverNote.caption'));
  const width = area.width - 16;
  const top = page.height - area.top;
  return [
    // Drawn from the lower left corner upwards, as pdf-lib draws rectangles, so the dashes fall where they did.
    `q ${rgbFill(colours.noteFill)} ${rgbStroke(colours.note)} 1 w [4 2] 0 d ${num(x)} ${num(y)} m ${num(x)} ${num(y + h)} l ${num(x + w)} ${num(y + h)} l ${num(x + w)} ${num(y)} l h B Q`,
    textAt(page, caption, area.x + 8, top - 11, 7),
    ...lines.map((line, index) => {
      const text = printable(page.font, line);
      const size = Math.max(minFontSize, Math.min(9, width / Math.max(1, page.font.widthOfTextAtSize(text, 1))));
      return textAt(page, text, area.x + 8, top - 24 - index * 12, size);
    }),
  ].join('\n');
}
