/** Just enough DER to walk a CSR and recognise a key's first bytes; definite lengths only (DER, not BER). */
export interface Tlv {
  tag: number;
  start: number;
  contentStart: number;
  end: number;
}

export const derTags = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  oid: 0x06,
  utf8String: 0x0c,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
  context0: 0xa0,
} as const;

/** One tag-length-value at `offset`; `truncated` accepts contents running past the end (prefix checks). */
export function readTlv(bytes: Uint8Array, offset: number, truncated = false): Tlv | undefined {
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  // Multi-byte tags never occur in the structures read here.
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f) return undefined;
  let length = first;
  let cursor = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    if (count === 0 || count > 4) return undefined;
    length = 0;
    for (let index = 0; index < count; index += 1) {
      const byte = bytes[cursor + index];
      if (byte === undefined) return undefined;
      length = length * 256 + byte;
    }
    cursor += count;
  }
  const end = cursor + length;
  return truncated || end <= bytes.length ? { tag, start: offset, contentStart: cursor, end } : undefined;
}

/** The complete children of a constructed value, or undefined when one overruns its parent. */
export function childrenOf(bytes: Uint8Array, parent: Tlv): Tlv[] | undefined {
  const children: Tlv[] = [];
  for (let offset = parent.contentStart; offset < parent.end;) {
    const child = readTlv(bytes, offset);
    if (!child || child.end > parent.end) return undefined;
    children.push(child);
    offset = child.end;
  }
  return children;
}

export const contentOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array => bytes.subarray(tlv.contentStart, tlv.end);
export const encodingOf = (bytes: Uint8Array, tlv: Tlv): Uint8Array => bytes.subarray(tlv.start, tlv.end);

/** Dotted OID from an OBJECT IDENTIFIER's contents (X.690 §8.19). */
export function oidOf(bytes: Uint8Array, tlv: Tlv): string | undefined {
  if (tlv.tag !== derTags.oid || tlv.end > bytes.length || tlv.end === tlv.contentStart) return undefined;
  const arcs: number[] = [];
  let value = 0;
  let pending = false;
  for (const byte of contentOf(bytes, tlv)) {
    value = value * 128 + (byte & 0x7f);
    pending = (byte & 0x80) !== 0;
    if (pending) continue;
    if (arcs.length === 0) {
      const top = Math.min(Math.floor(value / 40), 2);
      arcs.push(top, value - top * 40);
    } else arcs.push(value);
    value = 0;
  }
  return pending ? undefined : arcs.join('.');
}
