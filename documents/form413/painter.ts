import { PDFFont, PDFForm, PDFPage, PDFTextField, RGB } from 'pdf-lib';
import { Box, charBox, colours, fieldFontSize, pageSize, toPdf } from './layout';

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

export interface TextStyle {
  size?: number;
  font?: keyof Fonts;
  colour?: RGB;
}

export interface FieldOptions {
  /** Comb field: one character per drawn box. */
  comb?: number;
  multiline?: boolean;
  fontSize?: number;
}

/** Splits a label into lines that fit `width` at `size` (labels are French prose, split on spaces). */
export function wrapText(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && font.widthOfTextAtSize(candidate, size) > width) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  return [...lines, current];
}

/** Draws one page of the form from the top down: labels, cells, bands, identifier boxes and empty fields. */
export class Painter {
  constructor(
    readonly page: PDFPage,
    readonly fonts: Fonts,
    readonly form: PDFForm,
  ) {}

  /** `baseline` is measured from the top of the page. */
  write(text: string, x: number, baseline: number, style: TextStyle = {}): void {
    const font = this.fonts[style.font ?? 'regular'];
    this.page.drawText(text, {
      x,
      y: pageSize.height - baseline,
      size: style.size ?? 8.5,
      font,
      color: style.colour ?? colours.ink,
    });
  }

  width(text: string, style: TextStyle = {}): number {
    return this.fonts[style.font ?? 'regular'].widthOfTextAtSize(text, style.size ?? 8.5);
  }

  /** Wrapped text starting at `top`; returns the height it took. */
  paragraph(text: string, x: number, top: number, width: number, style: TextStyle = {}): number {
    const size = style.size ?? 8.5;
    const lines = wrapText(this.fonts[style.font ?? 'regular'], size, text, width);
    lines.forEach((line, index) => this.write(line, x, top + size * (0.85 + index * 1.2), style));
    return lines.length * size * 1.2;
  }

  /** A bordered cell, grey for labels. */
  cell(box: Box, fill?: RGB): void {
    this.page.drawRectangle({ ...toPdf(box), color: fill, borderColor: colours.rule, borderWidth: 0.6 });
  }

  /** A label cell whose lines (a main label, then smaller hints) are centred vertically. */
  labelCell(box: Box, label: string, hint?: string): void {
    this.cell(box, colours.label);
    const width = box.width - 10;
    const main = wrapText(this.fonts.regular, 8.5, label, width);
    const extra = hint === undefined ? [] : wrapText(this.fonts.italic, 7, hint, width);
    let baseline = box.top + (box.height - (main.length * 10.2 + extra.length * 8.4)) / 2 + 7.5;
    for (const line of main) {
      this.write(line, box.x + 5, baseline, { size: 8.5 });
      baseline += 10.2;
    }
    for (const line of extra) {
      this.write(line, box.x + 5, baseline - 1, { size: 7, font: 'italic', colour: colours.hint });
      baseline += 8.4;
    }
  }

  /** A heading band across the content width; returns its height. */
  band(text: string, x: number, top: number, width: number, level: 1 | 2): number {
    const size = level === 1 ? 10 : 9;
    const lines = wrapText(this.fonts.bold, size, text, width - 12);
    const height = lines.length * size * 1.25 + 8;
    this.page.drawRectangle({ ...toPdf({ x, top, width, height }), color: level === 1 ? colours.ans : colours.band });
    lines.forEach((line, index) =>
      this.write(line, x + 6, top + 4 + size * (0.9 + index * 1.25), {
        size,
        font: 'bold',
        colour: level === 1 ? colours.white : colours.ans,
      }),
    );
    return height;
  }

  /** `count` identifier boxes starting at (x, top); returns the box they cover. */
  charBoxes(count: number, x: number, top: number): Box {
    for (let index = 0; index < count; index += 1)
      this.cell({ x: x + index * charBox.width, top, width: charBox.width, height: charBox.height });
    return { x, top, width: count * charBox.width, height: charBox.height };
  }

  /** An empty text field over `box`; borders come from the drawn cells, so the widget has none. */
  textField(name: string, box: Box, options: FieldOptions = {}): PDFTextField {
    const field = this.form.createTextField(name);
    if (options.multiline) field.enableMultiline();
    if (options.comb !== undefined) {
      field.setMaxLength(options.comb);
      field.enableCombing();
    }
    const inset = options.comb === undefined ? 3 : 0;
    const rect = toPdf({ x: box.x + inset, top: box.top + 1, width: box.width - 2 * inset, height: box.height - 2 });
    field.addToPage(this.page, {
      ...rect,
      font: this.fonts.regular,
      textColor: colours.ink,
      borderWidth: 0,
      borderColor: undefined,
      backgroundColor: undefined,
    });
    field.setFontSize(options.fontSize ?? fieldFontSize);
    // The empty appearance made by addToPage stays right: no second one (and an orphan stream) at save time.
    this.form.markFieldAsClean(field.ref);
    return field;
  }
}
