import type { TFunction } from 'i18next';
import { colours, contentWidth, margin, pageSize } from './layout';
import { Painter } from './painter';

export const pageCount = 2;

/** The letterhead: full on page 1, a reminder line on page 2; returns where the page content starts. */
export function drawHeader(p: Painter, t: TFunction, page: number): number {
  const right = margin + contentWidth;
  const agency = t('header.agency');
  p.write(agency, right - p.width(agency, { size: 9, font: 'bold' }), 48, { size: 9, font: 'bold', colour: colours.ans });
  const pki = t('header.pki');
  p.write(pki, right - p.width(pki, { size: 8 }), 60, { size: 8, colour: colours.hint });
  if (page === 1) {
    p.write(t('header.title'), margin, 52, { size: 18, font: 'bold', colour: colours.ans });
    p.write(t('header.subtitle'), margin, 66, { size: 9, colour: colours.hint });
  } else {
    p.write(t('header.continued'), margin, 56, { size: 12, font: 'bold', colour: colours.ans });
  }
  p.page.drawLine({ start: { x: margin, y: pageSize.height - 70 }, end: { x: right, y: pageSize.height - 70 }, thickness: 1.2, color: colours.ans });
  return page === 1 ? 142 : 82;
}

/** Where to send the signed form, and the page number. */
export function drawFooter(p: Painter, t: TFunction, page: number): void {
  const right = margin + contentWidth;
  const top = pageSize.height - 44;
  p.page.drawLine({ start: { x: margin, y: pageSize.height - top }, end: { x: right, y: pageSize.height - top }, thickness: 0.6, color: colours.rule });
  p.write(t('footer.send'), margin, top + 14, { size: 8.5, font: 'bold', colour: colours.ans });
  const number = t('footer.page', { page, pages: pageCount });
  p.write(number, right - p.width(number, { size: 8 }), top + 14, { size: 8, colour: colours.hint });
}
