import { z } from 'zod';

/** What can be wrong with a pasted CSR; each kind has its message under `csr.check.problems.<kind>`. */
export const csrProblemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weakKey'), keyBits: z.number().int(), minimumBits: z.number().int() }),
  z.object({ kind: z.literal('notRsa') }),
  z.object({ kind: z.literal('badSignature') }),
  z.object({ kind: z.literal('unsupportedSignatureAlgorithm'), algorithm: z.string() }),
  z.object({ kind: z.literal('sha1Signature'), algorithm: z.string() }),
  z.object({ kind: z.literal('missingCommonName') }),
  z.object({ kind: z.literal('cnMismatch'), expected: z.string(), actual: z.string() }),
  /** The CN is INSI-AUTO / INSI-MANU misspelt (case, space, underscore): the INSi teleservice rejects it. */
  z.object({ kind: z.literal('insiSpelling'), expected: z.string(), actual: z.string() }),
]);

/**
 * What is worth correcting but does not stop the request: the platform fills C, O and OU from the ANS directory
 * (guide §8). Each kind has its message under `csr.check.warnings.<kind>`.
 */
export const csrWarningSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('missingCountry') }),
  z.object({ kind: z.literal('countryNotFr'), actual: z.string() }),
  /** O should be the raison sociale, never a number (an identifier belongs in the OU, which the platform sets). */
  z.object({ kind: z.literal('organisationIsNumber'), actual: z.string() }),
]);

export const csrSubjectSchema = z.object({
  cn: z.string().nullable(),
  o: z.string().nullable(),
  c: z.string().nullable(),
  ou: z.string().optional(),
});

export const csrInspectionSchema = z.discriminatedUnion('kind', [
  /** A private key was pasted: it was not kept, and must be considered compromised. */
  z.object({ kind: z.literal('privateKey') }),
  z.object({ kind: z.literal('notCsr') }),
  /** CSR armour, but the content cannot be read. */
  z.object({ kind: z.literal('corrupted') }),
  z.object({
    kind: z.literal('csr'),
    signatureValid: z.boolean(),
    keyType: z.enum(['RSA', 'other']),
    keyBits: z.number().int().nonnegative(),
    subject: csrSubjectSchema,
    signatureAlgorithm: z.string(),
    problems: z.array(csrProblemSchema),
    warnings: z.array(csrWarningSchema),
  }),
]);

export type CsrProblem = z.infer<typeof csrProblemSchema>;
export type CsrWarning = z.infer<typeof csrWarningSchema>;
export type CsrInspection = z.infer<typeof csrInspectionSchema>;
export type CsrFindings = Extract<CsrInspection, { kind: 'csr' }>;
