export {
  commonNameSchema,
  intendedInsiName,
  isInsiCommonName,
  maxSubjectValueLength,
  organisationSchema,
} from './commonName';
export { csrInspectionSchema, csrProblemSchema, csrSubjectSchema, csrWarningSchema } from './csrInspection';
export type { CsrFindings, CsrInspection, CsrProblem, CsrWarning } from './csrInspection';
export { minimumRsaBits } from './csrProblems';
export { csrRequestSchema, generateKeyAndCsr } from './generateCsr';
export type { CsrRequest, KeyAndCsr } from './generateCsr';
export { inspectPastedText } from './inspectCsr';
export { containsPrivateKey } from './privateKey';
