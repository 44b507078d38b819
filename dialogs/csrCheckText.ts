import type { TFunction } from 'i18next';
import type { CsrInspection } from '../documents/csr';

/** What the CSR check found, in the user's words: fine, or each problem with what to do. */
export function csrCheckText(t: TFunction, inspection: CsrInspection, expectedCommonName: string): string {
  if (inspection.kind !== 'csr') return t(`csr.check.${inspection.kind}`);
  if (inspection.problems.length === 0) {
    return t('csr.check.ok', { commonName: inspection.subject.cn ?? expectedCommonName, keyBits: inspection.keyBits });
  }
  return [t('csr.check.problemsIntro'), ...inspection.problems.map((problem) => `- ${t(`csr.check.problems.${problem.kind}`, { ...problem, expected: expectedCommonName })}`)].join('\n');
}
