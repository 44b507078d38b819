import type { PDFFont } from 'pdf-lib';

const replacements: Record<string, string> = { '→': '->', '⇒': '=>', '\u202f': ' ', '\u00a0': ' ', '≥': '>=', '≤': '<=' };

/** Standard PDF fonts only encode WinAnsi: map the few other characters our texts use, replace the rest. */
export function winAnsiText(font: PDFFont, text: string): string {
  const supported = new Set(font.getCharacterSet());
  return [...text].map((character) => replacements[character] ?? (supported.has(character.codePointAt(0) ?? 0) ? character : '?')).join('');
}
