import type { TFunction } from 'i18next';
import type { CsrInspection } from '../../documents/csr';

/** What the CSR check found, in the user's words: fine or each problem with what to do, then what is only worth a look. */
export function csrCheckText(t: TFunction, inspection: CsrInspection, expectedCommonName: string): string {
  if (inspection.kind !== 'csr') return t(`csr.check.${inspection.kind}`);
  const verdict =
    inspection.problems.length === 0
      ? [t('csr.check.ok', { commonName: inspection.subject.cn ?? expectedCommonName, keyBits: inspection.keyBits })]
      : [
          t('csr.check.problemsIntro'),
          ...inspection.problems.map(
            (problem) => `- ${t(`csr.check.problems.${problem.kind}`, { ...problem, expected: expectedCommonName })}`,
          ),
        ];
  const warnings = inspection.warnings.map((warning) => `- ${t(`csr.check.warnings.${warning.kind}`, { ...warning })}`);
  return [...verdict, ...(warnings.length > 0 ? [t('csr.check.warningsIntro'), ...warnings] : [])].join('\n');
}
