import { childrenOf, contentOf, derTags, encodingOf, oidOf, readTlv, Tlv } from './der';
import { subjectOids } from './signatureAlgorithms';

/** The parts of a PKCS#10 request (RFC 2986) that the check needs, as the exact bytes that were signed. */
export interface ParsedCsr {
  signedBytes: Uint8Array;
  subjectPublicKeyInfo: Uint8Array;
  subject: Map<string, string>;
  signatureAlgorithmOid: string;
  signature: Uint8Array;
}

function decodeString(bytes: Uint8Array, tlv: Tlv): string {
  const content = Buffer.from(contentOf(bytes, tlv));
  if (tlv.tag === derTags.bmpString) return Buffer.from(content).swap16().toString('utf16le');
  return content.toString(tlv.tag === derTags.utf8String ? 'utf8' : 'latin1');
}

/** Name ::= SEQUENCE OF SET OF { type OID, value }; the first value of each type wins. */
function readName(bytes: Uint8Array, name: Tlv): Map<string, string> | undefined {
  const attributes = new Map<string, string>();
  for (const rdn of childrenOf(bytes, name) ?? []) {
    for (const pair of childrenOf(bytes, rdn) ?? []) {
      const [type, value] = childrenOf(bytes, pair) ?? [];
      const oid = type && oidOf(bytes, type);
      if (!oid || !value) return undefined;
      if (!attributes.has(oid)) attributes.set(oid, decodeString(bytes, value));
    }
  }
  return attributes;
}

/** Undefined when the bytes are not exactly one well-formed CertificationRequest. */
export function parseCsrDer(bytes: Uint8Array): ParsedCsr | undefined {
  const outer = readTlv(bytes, 0);
  if (outer?.tag !== derTags.sequence || outer.end !== bytes.length) return undefined;
  const [info, algorithm, signature] = childrenOf(bytes, outer) ?? [];
  if (info?.tag !== derTags.sequence || algorithm?.tag !== derTags.sequence || signature?.tag !== derTags.bitString) {
    return undefined;
  }
  const [version, name, publicKeyInfo] = childrenOf(bytes, info) ?? [];
  const [algorithmOid] = childrenOf(bytes, algorithm) ?? [];
  const signatureAlgorithmOid = algorithmOid && oidOf(bytes, algorithmOid);
  if (version?.tag !== derTags.integer || name?.tag !== derTags.sequence || publicKeyInfo?.tag !== derTags.sequence) {
    return undefined;
  }
  const subject = readName(bytes, name);
  // The BIT STRING's first content byte counts unused bits: always 0 for a signature.
  const signatureBytes = contentOf(bytes, signature);
  if (!subject || !signatureAlgorithmOid || signatureBytes[0] !== 0) return undefined;
  return {
    signedBytes: encodingOf(bytes, info),
    subjectPublicKeyInfo: encodingOf(bytes, publicKeyInfo),
    subject,
    signatureAlgorithmOid,
    signature: signatureBytes.subarray(1),
  };
}

export const subjectValue = (csr: ParsedCsr, attribute: keyof typeof subjectOids): string | undefined =>
  csr.subject.get(subjectOids[attribute]);
