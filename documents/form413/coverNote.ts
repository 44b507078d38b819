import { PDFFont, PDFPage } from 'pdf-lib';
import { getI18n } from '../../locales';
import { colours, coverNoteArea, minFontSize, toPdf } from './layout';
import { printable } from './printable';

/** The assistant's note in its own colour and dashed frame, in the room the template keeps above section 3. */
export function drawCoverNote(page: PDFPage, font: PDFFont, lines: readonly string[]): void {
  if (lines.length === 0) return;
  // The frame fits its lines, within the room kept for three.
  const area = { ...coverNoteArea, height: Math.min(coverNoteArea.height, 22 + lines.length * 12) };
  page.drawRectangle({ ...toPdf(area), color: colours.noteFill, borderColor: colours.note, borderWidth: 1, borderDashArray: [4, 2] });
  const { height } = page.getSize();
  const caption = printable(font, getI18n().getFixedT('fr', undefined, 'form413')('coverNote.caption'));
  page.drawText(caption, { x: area.x + 8, y: height - area.top - 11, size: 7, font, color: colours.note });
  const width = area.width - 16;
  lines.forEach((line, index) => {
    const text = printable(font, line);
    const size = Math.max(minFontSize, Math.min(9, width / Math.max(1, font.widthOfTextAtSize(text, 1))));
    page.drawText(text, { x: area.x + 8, y: height - area.top - 24 - index * 12, size, font, color: colours.note });
  });
}
