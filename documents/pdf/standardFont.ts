import { PDFDocument, PDFFont, StandardFonts } from 'pdf-lib';

/**
 * One of the PDF standard fonts (WinAnsi encoding, never embedded) as a hand-written PDF needs it: each printable
 * character's code and width. pdf-lib's font objects measure and encode glyph by glyph, with kerning that `Tj`
 * never applies; these tables are read from them once per thread.
 */
export class StandardFont {
  /** By UTF-16 code unit (WinAnsi's characters are all below U+2200): the two hex digits of its code, its width. */
  private readonly hexes = new Array<string>(0x2200).fill('3f');
  private readonly widths = new Float64Array(0x2200);

  constructor(
    /** The font's PostScript name (the /BaseFont). */
    readonly baseFont: string,
    /** pdf-lib's metrics, for `printable` (which characters the font has). */
    readonly metrics: PDFFont,
  ) {
    for (const codePoint of metrics.getCharacterSet()) {
      const character = String.fromCodePoint(codePoint);
      this.hexes[codePoint] = metrics.encodeText(character).toString().slice(1, -1).toLowerCase();
      this.widths[codePoint] = metrics.widthOfTextAtSize(character, 1000);
    }
  }

  /** Width of a printable text at `size`, in points. */
  widthOf(text: string, size: number): number {
    let width = 0;
    for (let index = 0; index < text.length; index += 1) width += this.widths[text.charCodeAt(index)] ?? 0;
    return (width * size) / 1000;
  }

  /** A printable text as a PDF hex string of its WinAnsi codes. */
  hex(text: string): string {
    let hex = '<';
    for (let index = 0; index < text.length; index += 1) hex += this.hexes[text.charCodeAt(index)] ?? '3f';
    return `${hex}>`;
  }
}

export interface TextFonts {
  body: StandardFont;
  bold: StandardFont;
  code: StandardFont;
}

let loaded: Promise<TextFonts> | undefined;

/** Helvetica, Helvetica-Bold and Courier, read once per thread. */
export function textFonts(): Promise<TextFonts> {
  loaded ??= (async () => {
    const scratch = await PDFDocument.create();
    const [body, bold, code] = await Promise.all([StandardFonts.Helvetica, StandardFonts.HelveticaBold, StandardFonts.Courier].map((name) => scratch.embedFont(name)));
    if (!body || !bold || !code) throw new Error('pdf-lib has no standard fonts');
    return { body: new StandardFont('Helvetica', body), bold: new StandardFont('Helvetica-Bold', bold), code: new StandardFont('Courier', code) };
  })().catch((error: unknown) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
}
