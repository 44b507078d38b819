import { PDFFont, PDFString } from 'pdf-lib';

/** Code units below this are looked up in arrays, the others in maps: French text is nearly all Latin-1. */
const tableSize = 0x100;

interface Memo {
  widths: Float64Array;
  /** What `Tj` shows for a character, as it stands inside a literal string `( )`. */
  shown: (string | undefined)[];
  otherWidths: Map<string, number>;
  otherShown: Map<string, string>;
}

/** By font name: a standard font measures and encodes a character the same way in every document. */
const memos = new Map<string, Memo>();

function memoOf(font: PDFFont): Memo {
  let memo = memos.get(font.name);
  if (!memo) {
    const widths = new Float64Array(tableSize).fill(Number.NaN);
    memo = { widths, shown: new Array<string | undefined>(tableSize), otherWidths: new Map(), otherShown: new Map() };
    memos.set(font.name, memo);
  }
  return memo;
}

/**
 * pdf-lib's codes for a character (a hex string such as `<E9>`), written for a literal string: the byte itself,
 * or an octal escape for the delimiters, the backslash and control bytes (ISO 32000-1 §7.3.4.2).
 */
function literalBytes(hex: string): string {
  let literal = '';
  for (let index = 1; index + 2 < hex.length; index += 2) {
    const code = parseInt(hex.slice(index, index + 2), 16);
    const escaped = code < 0x20 || code === 0x28 || code === 0x29 || code === 0x5c || code === 0x7f;
    literal += escaped ? `\\${code.toString(8).padStart(3, '0')}` : String.fromCharCode(code);
  }
  return literal;
}

/** Calls `each` with every code point of `text`: a Latin-1 one by its code, the others as their string. */
function forEachCharacter(text: string, each: (code: number, character: string | undefined) => void): void {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < tableSize) {
      each(code, undefined);
      continue;
    }
    const point = text.codePointAt(index) ?? code;
    const character = String.fromCodePoint(point);
    index += character.length - 1;
    each(point, character);
  }
}

/**
 * Width of a printable text at `size`, from pdf-lib's width of each character, memoised per character:
 * pdf-lib measures glyph by glyph with kerning on every call, which `Tj` never applies (the sum is what shows).
 */
export function widthOf(font: PDFFont, text: string, size: number): number {
  const memo = memoOf(font);
  let width = 0;
  forEachCharacter(text, (code, character) => {
    if (character === undefined) {
      let each = memo.widths[code] ?? Number.NaN;
      if (Number.isNaN(each)) {
        each = font.widthOfTextAtSize(String.fromCharCode(code), 1000);
        memo.widths[code] = each;
      }
      width += each;
      return;
    }
    let each = memo.otherWidths.get(character);
    if (each === undefined) {
      each = font.widthOfTextAtSize(character, 1000);
      memo.otherWidths.set(character, each);
    }
    width += each;
  });
  return (width * size) / 1000;
}

/**
 * A printable text as `Tj` shows it: pdf-lib's encoding of each character, memoised per character, as a literal
 * string (one byte a character where a hex string takes two: a smaller stream to write and to compress).
 */
export function encoded(font: PDFFont, text: string): PDFString {
  const memo = memoOf(font);
  let literal = '';
  forEachCharacter(text, (code, character) => {
    if (character === undefined) {
      let bytes = memo.shown[code];
      if (bytes === undefined) {
        bytes = literalBytes(font.encodeText(String.fromCharCode(code)).toString());
        memo.shown[code] = bytes;
      }
      literal += bytes;
      return;
    }
    let bytes = memo.otherShown.get(character);
    if (bytes === undefined) {
      bytes = literalBytes(font.encodeText(character).toString());
      memo.otherShown.set(character, bytes);
    }
    literal += bytes;
  });
  return PDFString.of(literal);
}
