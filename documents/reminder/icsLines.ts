/** RFC 5545 §3.1: content lines of at most 75 octets, continued on lines that start with one space. */
export const maxLineOctets = 75;

export function unfoldIcsLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

/** Splits between characters, never inside a UTF-8 sequence (the `ics` package counts characters, not octets). */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    if (octets + size > maxLineOctets) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Re-folds a whole calendar by octets, with CRLF after every line. */
export const refoldIcs = (text: string): string => unfoldIcsLines(text).map((line) => `${foldIcsLine(line)}\r\n`).join('');

/** TEXT escaping (RFC 5545 §3.3.11), for the values the `ics` package passes through unescaped (alarms). */
export const escapeIcsText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
