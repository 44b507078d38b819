import { decodeBase64Prefix } from './base64';
import { derTags, oidOf, readTlv, Tlv } from './der';
import { base64Fragments, base64Starts, hexFragments, hexStarts, splitDataUrls } from './keyText';

/** PEM armour of any private key: PKCS#8 (plain, ENCRYPTED), PKCS#1 RSA, SEC1 EC, DSA, OpenSSH, PGP. */
const privateKeyArmour = /(?:BEGIN|END) [A-Z0-9 ]{0,40}PRIVATE KEY/;
/**
 * PuTTY .ppk files, a JWK's private exponent (quotes possibly escaped, as in a JSON-encoded card value), and
 * openssl's text dump of a private key (its header, and the fields only a private key has).
 */
const otherKeyFormats = [
  /PuTTY-User-Key-File-\d/,
  /\\?"d\\?"\s*:\s*\\?"[A-Za-z0-9_-]{20,}/,
  /Private-Key:\s*\(\d+ bit/,
  /\b(?:privateExponent|prime[12]|exponent[12]|coefficient|priv):\s+(?:[0-9a-f]{2}:){8}/,
];
const prefixChars = 128;
const openSshMagic = 'openssh-key-v1\0';

const pbeOid = /^1\.2\.840\.113549\.1\.(?:5|12\.1)\./;
const pkcs7DataOid = /^1\.2\.840\.113549\.1\.7\.[12]$/;

const smallInteger = (bytes: Uint8Array, tlv: Tlv | undefined, value: number): boolean =>
  tlv?.tag === derTags.integer && tlv.end === tlv.contentStart + 1 && bytes[tlv.contentStart] === value;

/** The first child's OID of a SEQUENCE, read from a prefix. */
function firstOidIn(bytes: Uint8Array, sequence: Tlv | undefined): string | undefined {
  if (sequence?.tag !== derTags.sequence) return undefined;
  const oid = readTlv(bytes, sequence.contentStart);
  return oid ? oidOf(bytes, oid) : undefined;
}

/**
 * True when DER bytes (possibly only their start) begin like a private key: PKCS#1 RSA or DSA
 * {0, INTEGER…}, PKCS#8 {0|1, AlgorithmIdentifier, OCTET STRING}, SEC1 EC {1, OCTET STRING},
 * encrypted PKCS#8 {PBE AlgorithmIdentifier, …}, PKCS#12 {3, ContentInfo}. CSRs and certificates
 * start with a SEQUENCE, public keys with a modulus or an AlgorithmIdentifier + BIT STRING.
 */
export function startsLikePrivateKeyDer(bytes: Uint8Array): boolean {
  const outer = readTlv(bytes, 0, true);
  if (outer?.tag !== derTags.sequence) return false;
  // Truncated: an encrypted key's AlgorithmIdentifier may run past the bytes we decoded.
  const first = readTlv(bytes, outer.contentStart, true);
  if (!first) return false;
  const second = readTlv(bytes, first.end, true);
  if (smallInteger(bytes, first, 0) && second?.tag === derTags.integer) return true;
  if ((smallInteger(bytes, first, 0) || smallInteger(bytes, first, 1)) && firstOidIn(bytes, second) !== undefined) {
    return second !== undefined && readTlv(bytes, second.end, true)?.tag === derTags.octetString;
  }
  if (smallInteger(bytes, first, 1) && second?.tag === derTags.octetString) return true;
  if (smallInteger(bytes, first, 3)) return pkcs7DataOid.test(firstOidIn(bytes, second) ?? '');
  return pbeOid.test(firstOidIn(bytes, first) ?? '');
}

const opensKey = (bytes: Uint8Array): boolean =>
  Buffer.from(bytes.subarray(0, openSshMagic.length)).toString('latin1') === openSshMagic ||
  startsLikePrivateKeyDer(bytes);

/** A key pasted without its armour: recognised from its first bytes, even when the paste is cut short. */
const base64StartIsPrivateKey = (start: string): boolean => opensKey(decodeBase64Prefix(start, prefixChars));
const hexStartIsPrivateKey = (start: string): boolean =>
  opensKey(Buffer.from(start.slice(0, prefixChars - (prefixChars % 2)), 'hex'));

/**
 * The second half of a key: a long run of random-looking base64 or hex whose first byte opens no DER
 * structure (a certificate or CSR starts with a SEQUENCE, and is judged above by its header). Nothing
 * the bot asks for looks like this, so such a run is treated as key material.
 */
const isKeyFragment = (bytes: Uint8Array): boolean => bytes[0] !== derTags.sequence;

/** Binary contents of a `data:` URL (a key file attached as such), or its text. */
const payloadHasPrivateKey = (bytes: Buffer, depth: number): boolean =>
  opensKey(bytes) || textHasPrivateKey(bytes.toString('latin1'), depth + 1);

/**
 * Fast check run on every incoming message before it is stored or logged: a private key must never
 * leave the server it was created on (guide §6.8), so the bot must not keep one that was pasted, whole or
 * in part, armoured or not, in base64 of any grouping or in hex, or inside a `data:` URL.
 */
export const containsPrivateKey = (text: string): boolean => textHasPrivateKey(text, 0);

/** `depth`: `data:` URLs inside `data:` URLs are opened twice at most. */
function textHasPrivateKey(text: string, depth: number): boolean {
  if (privateKeyArmour.test(text) || otherKeyFormats.some((pattern) => pattern.test(text))) return true;
  const { payloads, rest } = splitDataUrls(text);
  if (depth < 2 && payloads.some((bytes) => payloadHasPrivateKey(bytes, depth))) return true;
  if (base64Starts(rest).some(base64StartIsPrivateKey) || hexStarts(rest).some(hexStartIsPrivateKey)) return true;
  return (
    base64Fragments(rest).some((run) => isKeyFragment(decodeBase64Prefix(run, 4))) ||
    hexFragments(rest).some((run) => isKeyFragment(Buffer.from(run.slice(0, 2), 'hex')))
  );
}
