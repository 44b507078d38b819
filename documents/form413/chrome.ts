import type { TFunction } from 'i18next';
import { colours, contentWidth, margin, pageSize } from './layout';
import { Painter } from './painter';

export const pageCount = 2;

/**
 * The form's name on each page: only what the ANS guide calls it, no letterhead of the agency's (the official
 * header is not known from the guide, and an imitation would pass for it). Returns where the page content starts.
 */
export function drawHeader(p: Painter, t: TFunction, page: number): number {
  const right = margin + contentWidth;
  if (page === 1) {
    p.write(t('header.title'), margin, 46, { size: 16, font: 'bold', colour: colours.ans });
    p.write(t('header.subtitle'), margin, 60, { size: 9, colour: colours.hint });
  } else {
    p.write(t('header.continued'), margin, 52, { size: 12, font: 'bold', colour: colours.ans });
  }
  p.page.drawLine({
    start: { x: margin, y: pageSize.height - 68 },
    end: { x: right, y: pageSize.height - 68 },
    thickness: 1.2,
    color: colours.ans,
  });
  return 80;
}

/** The page number only: where to send the form is said on the cover page, not printed as if the ANS said it. */
export function drawFooter(p: Painter, t: TFunction, page: number): void {
  const right = margin + contentWidth;
  const top = pageSize.height - 44;
  p.page.drawLine({
    start: { x: margin, y: pageSize.height - top },
    end: { x: right, y: pageSize.height - top },
    thickness: 0.6,
    color: colours.rule,
  });
  const number = t('footer.page', { page, pages: pageCount });
  p.write(number, right - p.width(number, { size: 8 }), top + 14, { size: 8, colour: colours.hint });
}
