import { PDFFont, PDFString } from 'pdf-lib';

/** Code units below this are looked up in arrays, the others in maps: French text is nearly all Latin-1. */
const tableSize = 0x100;

/** A value computed once per character: in an array for a Latin-1 code unit, in a map for the others. */
class CharacterMemo<T> {
  private readonly latin1 = new Array<T | undefined>(tableSize);
  private readonly others = new Map<string, T>();

  constructor(private readonly compute: (character: string) => T) {}

  /** `character` is undefined for a Latin-1 `code`, else the code point's string. */
  get(code: number, character: string | undefined): T {
    if (character === undefined) {
      let value = this.latin1[code];
      if (value === undefined) {
        value = this.compute(String.fromCharCode(code));
        this.latin1[code] = value;
      }
      return value;
    }
    let value = this.others.get(character);
    if (value === undefined) {
      value = this.compute(character);
      this.others.set(character, value);
    }
    return value;
  }
}

interface Memo {
  /** Width at size 1000, as pdf-lib measures one character. */
  widths: CharacterMemo<number>;
  /** What `Tj` shows for a character, as it stands inside a literal string `( )`. */
  shown: CharacterMemo<string>;
}

/** By font name: a standard font measures and encodes a character the same way in every document. */
const memos = new Map<string, Memo>();

function memoOf(font: PDFFont): Memo {
  let memo = memos.get(font.name);
  if (!memo) {
    memo = {
      widths: new CharacterMemo((character) => font.widthOfTextAtSize(character, 1000)),
      shown: new CharacterMemo((character) => literalBytes(font.encodeText(character).toString())),
    };
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
  const { widths } = memoOf(font);
  let width = 0;
  forEachCharacter(text, (code, character) => {
    width += widths.get(code, character);
  });
  return (width * size) / 1000;
}

/**
 * A printable text as `Tj` shows it: pdf-lib's encoding of each character, memoised per character, as a literal
 * string (one byte a character where a hex string takes two: a smaller stream to write and to compress).
 */
export function encoded(font: PDFFont, text: string): PDFString {
  const { shown } = memoOf(font);
  let literal = '';
  forEachCharacter(text, (code, character) => {
    literal += shown.get(code, character);
  });
  return PDFString.of(literal);
}
