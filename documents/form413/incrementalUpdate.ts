/** One object of an update: a new one, or a template object written again with its new content. */
export interface UpdatedObject {
  number: number;
  /** The object's PDF syntax between `obj` and `endobj`; ASCII only (text is hex-encoded). */
  body: string;
}

/** What the update's cross-reference stream needs from the template's last one. */
export interface UpdateBase {
  /** Offset of the template's cross-reference stream, for /Prev. */
  prev: number;
  /** The template's /Size: new objects are numbered from here. */
  size: number;
  /** /Root, /Info (and /ID if any) copied from the template's trailer. */
  trailer: string;
}

/** Field widths of each entry: type, offset, generation (generations are always 0 here). */
const widths = [1, 4, 2] as const;
const entryLength = widths[0] + widths[1] + widths[2];

/** Consecutive object numbers grouped as /Index wants them: [first count first count …]. */
function subsections(numbers: readonly number[]): number[] {
  const index: number[] = [];
  for (const number of numbers) {
    const last = index.length - 2;
    if (last >= 0 && (index[last] ?? 0) + (index[last + 1] ?? 0) === number)
      index[last + 1] = (index[last + 1] ?? 0) + 1;
    else index.push(number, 1);
  }
  return index;
}

/**
 * The template's bytes followed by an incremental update (ISO 32000-1 §7.5.6): the changed and new objects, then a
 * cross-reference stream that points back at the template's. Nothing of the template is parsed or written again,
 * which is what makes a fill cheap; readers see the last version of each object.
 */
export function appendUpdate(template: Uint8Array, base: UpdateBase, objects: readonly UpdatedObject[]): Uint8Array {
  const sorted = [...objects].sort((a, b) => a.number - b.number);
  const xrefNumber = Math.max(base.size, (sorted.at(-1)?.number ?? 0) + 1);
  const parts: string[] = ['\n'];
  let offset = template.length + 1;
  const offsets: number[] = [];
  for (const { number, body } of sorted) {
    const text = `${number} 0 obj\n${body}\nendobj\n`;
    offsets.push(offset);
    parts.push(text);
    offset += text.length;
  }
  const numbers = [...sorted.map((object) => object.number), xrefNumber];
  offsets.push(offset);
  const entries = Buffer.alloc(numbers.length * entryLength);
  offsets.forEach((at, row) => {
    entries.writeUInt8(1, row * entryLength);
    entries.writeUInt32BE(at, row * entryLength + widths[0]);
  });
  const dict = [
    `<< /Type /XRef /Size ${xrefNumber + 1} /Prev ${base.prev} ${base.trailer}`,
    `/W [ ${widths.join(' ')} ] /Index [ ${subsections(numbers).join(' ')} ] /Length ${entries.length} >>`,
  ].join('\n');
  const head = Buffer.from(`${parts.join('')}${xrefNumber} 0 obj\n${dict}\nstream\n`, 'latin1');
  const foot = Buffer.from(`\nendstream\nendobj\nstartxref\n${offset}\n%%EOF\n`, 'latin1');
  return Buffer.concat([template, head, entries, foot]);
}
