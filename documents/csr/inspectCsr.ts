import { createPublicKey, KeyObject, verify } from 'node:crypto';
import { base64Runs, decodeBase64 } from './base64';
import type { CsrFindings, CsrInspection } from './csrInspection';
import { csrProblems, csrWarnings } from './csrProblems';
import { ParsedCsr, parseCsrDer, subjectValue } from './parseCsr';
import { containsPrivateKey } from './privateKey';
import { signatureAlgorithms } from './signatureAlgorithms';

/** Tolerates what chats do to a paste: lost line breaks, shortened dashes, a missing END line. */
const csrArmour = /BEGIN (?:NEW )?CERTIFICATE REQUEST-*([\s\S]*?)(?:-*END (?:NEW )?CERTIFICATE REQUEST|$)/;
const curveBits: Record<string, number> = { prime256v1: 256, secp384r1: 384, secp521r1: 521 };

function publicKeyOf(csr: ParsedCsr): KeyObject | undefined {
  try {
    return createPublicKey({ key: Buffer.from(csr.subjectPublicKeyInfo), format: 'der', type: 'spki' });
  } catch {
    return undefined;
  }
}

function signatureHolds(csr: ParsedCsr, key: KeyObject, digest: string): boolean {
  try {
    return verify(digest, csr.signedBytes, key, csr.signature);
  } catch {
    return false;
  }
}

function inspectParsed(csr: ParsedCsr, expectedCommonName: string | undefined): CsrInspection {
  const key = publicKeyOf(csr);
  if (!key) return { kind: 'corrupted' };
  const details = key.asymmetricKeyDetails ?? {};
  const algorithm = signatureAlgorithms[csr.signatureAlgorithmOid];
  const ou = subjectValue(csr, 'organisationalUnit');
  const keyType: CsrFindings['keyType'] = key.asymmetricKeyType === 'rsa' ? 'RSA' : 'other';
  const findings: Omit<CsrFindings, 'kind' | 'problems' | 'warnings'> = {
    signatureValid: algorithm !== undefined && signatureHolds(csr, key, algorithm.digest),
    keyType,
    keyBits: details.modulusLength ?? curveBits[details.namedCurve ?? ''] ?? 0,
    subject: {
      cn: subjectValue(csr, 'commonName') ?? null,
      o: subjectValue(csr, 'organisation') ?? null,
      c: subjectValue(csr, 'country') ?? null,
      ...(ou === undefined ? {} : { ou }),
    },
    signatureAlgorithm: algorithm?.name ?? csr.signatureAlgorithmOid,
  };
  const problems = csrProblems({ ...findings, digest: algorithm?.digest }, expectedCommonName);
  return { kind: 'csr', ...findings, problems, warnings: csrWarnings(findings.subject) };
}

/** An unarmoured CSR: a base64 run that decodes to exactly one CertificationRequest. */
function bareCsr(text: string): ParsedCsr | undefined {
  for (const run of base64Runs(text)) {
    const bytes = decodeBase64(run);
    const csr = bytes && parseCsrDer(bytes);
    if (csr) return csr;
  }
  return undefined;
}

/**
 * What a user pasted when asked for the CSR. A private key wins over everything: the caller must
 * drop the text and warn (guide §6.8: the private key never leaves the server).
 */
export function inspectPastedText(text: string, expectedCommonName?: string): CsrInspection {
  if (containsPrivateKey(text)) return { kind: 'privateKey' };
  const armoured = csrArmour.exec(text);
  if (armoured) {
    const bytes = decodeBase64(armoured[1] ?? '');
    const csr = bytes && parseCsrDer(bytes);
    return csr ? inspectParsed(csr, expectedCommonName) : { kind: 'corrupted' };
  }
  const csr = bareCsr(text);
  return csr ? inspectParsed(csr, expectedCommonName) : { kind: 'notCsr' };
}
