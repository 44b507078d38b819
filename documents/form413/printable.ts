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
const charsets = new Map<string, Set<number>>();

function charset(font: PDFFont): Set<number> {
  let set = charsets.get(font.name);
  if (!set) {
    set = new Set(font.getCharacterSet());
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
  const known = charset(font);
  const has = (character: string) => [...character].every((each) => known.has(each.codePointAt(0) ?? -1));
  const flattened = multiline
    ? text.replace(/\r\n?/g, '\n').replace(/[\t\v\f]/g, ' ')
    : text.replace(/[\r\n\t\v\f]+/g, ' ');
  // Most texts are printable as they are: checked code unit by code unit before anything is built.
  let index = 0;
  while (index < flattened.length && (known.has(flattened.charCodeAt(index)) || flattened.charCodeAt(index) === 10))
    index += 1;
  if (index === flattened.length) return flattened;
  return [...flattened]
    .map((character) => {
      if (character === '\n' || has(character)) return character;
      const standIn = standIns[character];
      if (standIn !== undefined) return standIn;
      const bare = character.normalize('NFD').replace(/\p{M}/gu, '');
      return bare !== '' && has(bare) ? bare : '?';
    })
    .join('');
}
