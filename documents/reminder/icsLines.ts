/** RFC 5545 §3.1: content lines of at most 75 octets, continued on lines that start with one space. */
export const maxLineOctets = 75;

/** UTF-8 octets of one code point. */
const octetsOf = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/** Splits between characters, never inside a UTF-8 sequence (the `ics` package counted characters, not octets). */
export function foldIcsLine(line: string): string {
  if (line.length <= maxLineOctets && Buffer.byteLength(line, 'utf8') <= maxLineOctets) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let index = 0; index < line.length; ) {
    const codePoint = line.codePointAt(index) ?? 0;
    const size = octetsOf(codePoint);
    if (octets + size > maxLineOctets) {
      parts.push(line.slice(start, index));
      start = index;
      octets = 1; // the continuation line's leading space
    }
    octets += size;
    index += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, line breaks. */
export const escapeIcsText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
