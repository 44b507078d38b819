import type { TFunction } from 'i18next';
import { form413AdminRows } from '../../rules/form413Fields';
import { colours, contentWidth, labelWidth, margin, precisionsFontSize, valueWidth, valueX } from './layout';
import { drawOffers } from './offers';
import { Painter, wrapText } from './painter';

/** Column widths of the 4.1 table, in the official order. */
const adminColumns = [
  ['carte', 78],
  ['nom', 110],
  ['prenom', 124],
  ['telephone', 68],
  ['email', contentWidth - 380],
] as const;
const usageRows = [
  ['precisions', 42],
  ['editeur', 28],
  ['solution', 28],
] as const;

/** 4.1: a header row and one row per technical administrator. */
function drawAdmins(p: Painter, t: TFunction, start: number): number {
  let top = start;
  let x = margin;
  for (const [name, width] of adminColumns) {
    p.cell({ x, top, width, height: 28 }, colours.label);
    const lines = wrapText(p.fonts.bold, 7.5, t(`section4.columns.${name}`), width - 8);
    lines.forEach((line, index) =>
      p.write(line, x + 4, top + 14 - (lines.length - 1) * 4.5 + index * 9 + 2.5, { size: 7.5, font: 'bold' }),
    );
    x += width;
  }
  top += 28;
  for (let row = 1; row <= form413AdminRows; row += 1) {
    x = margin;
    for (const [name, width] of adminColumns) {
      p.cell({ x, top, width, height: 24 });
      p.textField(`admin${row}.${name}`, { x, top: top + 2, width, height: 20 }, { fontSize: 8.5 });
      x += width;
    }
    top += 24;
  }
  return top;
}

/** 4.2: what the certificates are for, the editor and the software. */
function drawUsage(p: Painter, t: TFunction, start: number): number {
  let top = start;
  for (const [name, height] of usageRows) {
    p.labelCell({ x: margin, top, width: labelWidth, height }, t(`section4.${name}`));
    p.cell({ x: valueX, top, width: valueWidth, height });
    const multiline = name === 'precisions';
    p.textField(
      `usage.${name}`,
      { x: valueX, top: top + 2, width: valueWidth, height: height - 4 },
      multiline ? { multiline, fontSize: precisionsFontSize } : {},
    );
    top += height;
  }
  return top;
}

/**
 * The structure's stamp («Cachet de la structure», as in the guide) and, beside it, room for the signature: the
 * guide shows no caption or date line there, so none is invented.
 */
function drawSignature(p: Painter, t: TFunction, top: number): void {
  const gap = 12;
  const width = (contentWidth - gap) / 2;
  const height = 118;
  p.cell({ x: margin, top, width, height });
  p.paragraph(t('signature.stamp'), margin + 6, top + 6, width - 12, { size: 8.5, font: 'bold' });
  p.cell({ x: margin + width + gap, top, width, height });
}

/** Section 4 (4.1 administrators, 4.2 usage, offers) and the signature area below `start`. */
export function drawSpecifics(p: Painter, t: TFunction, start: number): void {
  let top = start;
  top += p.band(t('section4.title'), margin, top, contentWidth, 1) + 6;
  top += p.band(t('section4.admins'), margin, top, contentWidth, 2);
  top = drawAdmins(p, t, top) + 12;
  top += p.band(t('section4.usage'), margin, top, contentWidth, 2);
  top = drawUsage(p, t, top) + 12;
  top = drawOffers(p, t, top) + 14;
  drawSignature(p, t, top);
}
