import { PDFFont, PDFHexString } from 'pdf-lib';

interface Memo {
  widths: Map<string, number>;
  codes: Map<string, string>;
}

/** By font name: a standard font measures and encodes a character the same way in every document. */
const memos = new Map<string, Memo>();

function memoOf(font: PDFFont): Memo {
  let memo = memos.get(font.name);
  if (!memo) {
    memo = { widths: new Map(), codes: new Map() };
    memos.set(font.name, memo);
  }
  return memo;
}

/**
 * Width of a printable text at `size`, from pdf-lib's width of each character, memoised per character:
 * pdf-lib measures glyph by glyph with kerning on every call, which `Tj` never applies (the sum is what shows).
 */
export function widthOf(font: PDFFont, text: string, size: number): number {
  const { widths } = memoOf(font);
  let width = 0;
  for (const character of text) {
    let each = widths.get(character);
    if (each === undefined) {
      each = font.widthOfTextAtSize(character, 1000);
      widths.set(character, each);
    }
    width += each;
  }
  return (width * size) / 1000;
}

/** A printable text as `Tj` shows it: pdf-lib's encoding of each character, memoised per character. */
export function encoded(font: PDFFont, text: string): PDFHexString {
  const { codes } = memoOf(font);
  let hex = '';
  for (const character of text) {
    let code = codes.get(character);
    if (code === undefined) {
      code = font.encodeText(character).asString();
      codes.set(character, code);
    }
    hex += code;
  }
  return PDFHexString.of(hex);
}
