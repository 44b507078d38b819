import { base64Runs, decodeBase64Prefix } from './base64';
import { derTags, oidOf, readTlv, Tlv } from './der';

/** PEM armour of any private key: PKCS#8 (plain, ENCRYPTED), PKCS#1 RSA, SEC1 EC, DSA, OpenSSH, PGP. */
const privateKeyArmour = /(?:BEGIN|END) [A-Z0-9 ]{0,40}PRIVATE KEY/;
/** PuTTY .ppk files and a JWK's private exponent (quotes possibly escaped, as in a JSON-encoded card value). */
const otherKeyFormats = [/PuTTY-User-Key-File-\d/, /\\?"d\\?"\s*:\s*\\?"[A-Za-z0-9_-]{20,}/];
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

/** A key pasted without its armour: recognised from its first bytes, even when the paste is cut short. */
function base64RunIsPrivateKey(run: string): boolean {
  const bytes = decodeBase64Prefix(run, prefixChars);
  return bytes.subarray(0, openSshMagic.length).toString('latin1') === openSshMagic || startsLikePrivateKeyDer(bytes);
}

/**
 * Fast check run on every incoming message before it is stored or logged: a private key must never
 * leave the server it was created on (guide §6.8), so the bot must not keep one that was pasted.
 */
export function containsPrivateKey(text: string): boolean {
  if (privateKeyArmour.test(text) || otherKeyFormats.some((pattern) => pattern.test(text))) return true;
  return base64Runs(text).some(base64RunIsPrivateKey);
}
