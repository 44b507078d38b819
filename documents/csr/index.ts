export { commonNameSchema, intendedInsiName, isInsiCommonName, maxSubjectValueLength, organisationSchema } from './commonName';
export { csrInspectionSchema, csrProblemSchema, csrSubjectSchema } from './csrInspection';
export type { CsrFindings, CsrInspection, CsrProblem, CsrSubject } from './csrInspection';
export { minimumRsaBits } from './csrProblems';
export { csrRequestSchema, generateKeyAndCsr, keyBitsOptions } from './generateCsr';
export type { CsrRequest, KeyAndCsr } from './generateCsr';
export { inspectPastedText } from './inspectCsr';
export { containsPrivateKey } from './privateKey';
