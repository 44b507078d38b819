import type { PDFFont } from 'pdf-lib';

/** Characters outside WinAnsi that French text does use, with a printable stand-in. */
const standIns: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2032': "'",
};

/** By font name: a standard font's characters are the same in every document that embeds it. */
const charsets = new Map<string, { all: Set<number>; latin1: Uint8Array }>();

/** The font's code points, and those below 0x100 as flags too: the check every character of a text goes through. */
function charset(font: PDFFont): { all: Set<number>; latin1: Uint8Array } {
  let set = charsets.get(font.name);
  if (!set) {
    const all = new Set(font.getCharacterSet());
    const latin1 = new Uint8Array(0x100);
    for (const code of all) if (code < 0x100) latin1[code] = 1;
    set = { all, latin1 };
    charsets.set(font.name, set);
  }
  return set;
}

/**
 * Standard PDF fonts encode WinAnsi only (é è à ç É Œ ’ « » are in it), and pdf-lib throws on anything else:
 * keep what the font has, use a stand-in or the letter without its accent (ő → o), else «?». Line breaks
 * only survive in multiline fields.
 */
export function printable(font: PDFFont, text: string, multiline = false): string {
  const { all: known, latin1 } = charset(font);
  const flattened = multiline
    ? text.replace(/\r\n?/g, '\n').replace(/[\t\v\f]/g, ' ')
    : text.replace(/[\r\n\t\v\f]+/g, ' ');
  // Most texts are printable as they are: checked code unit by code unit before anything is built.
  let index = 0;
  for (; index < flattened.length; index += 1) {
    const code = flattened.charCodeAt(index);
    if (code !== 10 && !(code < 0x100 ? latin1[code] === 1 : known.has(code))) break;
  }
  if (index === flattened.length) return flattened;
  let kept = flattened.slice(0, index);
  for (const character of flattened.slice(index)) kept += printableCharacter(character, known);
  return kept;
}

function hasAll(known: Set<number>, text: string): boolean {
  for (const each of text) if (!known.has(each.codePointAt(0) ?? -1)) return false;
  return true;
}

/** One character (a code point) as the font can print it. */
function printableCharacter(character: string, known: Set<number>): string {
  if (character === '\n' || hasAll(known, character)) return character;
  const standIn = standIns[character];
  if (standIn !== undefined) return standIn;
  const bare = character.normalize('NFD').replace(/\p{M}/gu, '');
  return bare !== '' && hasAll(known, bare) ? bare : '?';
}
