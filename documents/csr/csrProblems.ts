import { intendedInsiName } from './commonName';
import type { CsrFindings, CsrProblem, CsrWarning } from './csrInspection';

/** Issued IGC-Santé certificates are RSA 2048 with SHA-256 (guide §8). */
export const minimumRsaBits = 2048;

export interface CsrFacts extends Omit<CsrFindings, 'kind' | 'problems' | 'warnings'> {
  /** Digest of the signature, undefined when the algorithm is not one we can verify. */
  digest: string | undefined;
}

function keyProblems(facts: CsrFacts): CsrProblem[] {
  if (facts.keyType !== 'RSA') return [{ kind: 'notRsa' }];
  return facts.keyBits < minimumRsaBits
    ? [{ kind: 'weakKey', keyBits: facts.keyBits, minimumBits: minimumRsaBits }]
    : [];
}

function signatureProblems(facts: CsrFacts): CsrProblem[] {
  if (facts.digest === undefined)
    return [{ kind: 'unsupportedSignatureAlgorithm', algorithm: facts.signatureAlgorithm }];
  const problems: CsrProblem[] = facts.signatureValid ? [] : [{ kind: 'badSignature' }];
  if (facts.digest === 'sha1') problems.push({ kind: 'sha1Signature', algorithm: facts.signatureAlgorithm });
  return problems;
}

/** The CN is the «Service applicatif»; for INSi it must be exactly INSI-AUTO or INSI-MANU (guide §6.6). */
function commonNameProblems(actual: string | null, expected: string | undefined): CsrProblem[] {
  if (actual === null || actual.trim() === '') return [{ kind: 'missingCommonName' }];
  const intended = intendedInsiName(actual);
  if (intended !== undefined && (expected === undefined || expected === intended)) {
    return [{ kind: 'insiSpelling', expected: intended, actual }];
  }
  return expected !== undefined && actual !== expected ? [{ kind: 'cnMismatch', expected, actual }] : [];
}

export function csrProblems(facts: CsrFacts, expectedCommonName?: string): CsrProblem[] {
  return [
    ...keyProblems(facts),
    ...signatureProblems(facts),
    ...commonNameProblems(facts.subject.cn, expectedCommonName),
  ];
}

/** Subjects should read C=FR and O=<raison sociale> like the issued certificates, which the platform fills anyway (guide §8). */
export function csrWarnings(subject: CsrFindings['subject']): CsrWarning[] {
  const warnings: CsrWarning[] = [];
  if (subject.c === null) warnings.push({ kind: 'missingCountry' });
  else if (subject.c !== 'FR') warnings.push({ kind: 'countryNotFr', actual: subject.c });
  if (subject.o !== null && !/\p{L}/u.test(subject.o))
    warnings.push({ kind: 'organisationIsNumber', actual: subject.o });
  return warnings;
}
