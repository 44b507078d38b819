import { layoutCombedText, layoutMultilineText, layoutSinglelineText, PDFFont, TextAlignment } from 'pdf-lib';
import { num, streamBody } from './pdfSyntax';

export interface AppearanceBox {
  width: number;
  height: number;
  comb: boolean;
  multiline: boolean;
  /** Cells of a comb field. */
  maxLength: number | undefined;
}

export interface AppearanceFont {
  metrics: PDFFont;
  /** The name in the field's /DA and in the AcroForm's /DR. */
  name: string;
  ref: string;
}

/**
 * The printed look of a filled text field, laid out by pdf-lib's own functions (the same positions as pdf-lib's
 * appearance provider, 1-point padding except in comb cells) but written straight as text: black Helvetica,
 * clipped to the box, between the /Tx marks that tell a viewer this is the field's variable text.
 */
export function textAppearance(box: AppearanceBox, font: AppearanceFont, text: string, fontSize: number): string {
  const padding = box.comb ? 0 : 1;
  const bounds = { x: padding, y: padding, width: box.width - 2 * padding, height: box.height - 2 * padding };
  const layout = { font: font.metrics, fontSize, bounds, alignment: TextAlignment.Left };
  const lines = box.multiline
    ? layoutMultilineText(text, layout).lines
    : box.comb
      ? layoutCombedText(text, { ...layout, cellCount: box.maxLength ?? 0 }).cells
      : [layoutSinglelineText(text, layout).line];
  const shown = lines
    .filter((line) => line.encoded.toString() !== '<>')
    .map((line) => `1 0 0 1 ${num(line.x)} ${num(line.y)} Tm ${line.encoded.toString()} Tj`);
  const content = [
    '/Tx BMC',
    'q',
    `${num(bounds.x)} ${num(bounds.y)} ${num(bounds.width)} ${num(bounds.height)} re W n`,
    'BT',
    `0 0 0 rg /${font.name} ${num(fontSize)} Tf`,
    ...shown,
    'ET',
    'Q',
    'EMC',
  ].join('\n');
  const dict = `/Type /XObject /Subtype /Form /BBox [ 0 0 ${num(box.width)} ${num(box.height)} ] /Resources << /Font << /${font.name} ${font.ref} >> >>`;
  return streamBody(dict, content);
}
