import type { Service } from '../questions/choices';
import type { Situation } from '../situation';
import type { CertificateRequest, StructureRef } from './schema';

export const insiCommonNames = { auto: 'INSI-AUTO', manu: 'INSI-MANU' } as const;
const maxCommonNameLength = 64;

/** INSi names are imposed: exactly INSI-AUTO (automated, batch) or INSI-MANU (manual) (guide §6.6). */
export function insiNamesFor(mode: Situation['insiMode']): string[] {
  if (mode === 'both') return [insiCommonNames.auto, insiCommonNames.manu];
  return mode === 'manu' ? [insiCommonNames.manu] : [insiCommonNames.auto];
}

/** Services that may share one ORG certificate and key on one software instance: all but INSi (guide §1). */
export const sharableServices = (services: Service[]): Service[] => services.filter((service) => service !== 'insi');

/** The DMP needs two ORG certificates: AUTH_CLI authenticates, SIGN signs the documents before sending (guide §1: «2 certificats sont nécessaires»). */
export const needsSignatureCertificate = (services: Service[]): boolean => services.includes('dmp');

/** A suggested «Service applicatif»: the solution and what it serves, no personal data, within a CN's 64 characters. */
function suggestedCommonName(solution: string, label: string): string {
  const room = maxCommonNameLength - label.length - 1;
  return `${solution.replace(/\s+/g, ' ').trim().slice(0, room).trim()} ${label}`.trim();
}

/** Certificates to request on the IGC-Santé platform, per structure (guide §1, §6). */
export function planCertificates(
  situation: Situation,
  structures: StructureRef[],
  solutionOf: (structure: StructureRef) => string,
): CertificateRequest[] {
  const shared = sharableServices(situation.services);
  return structures.flatMap((structure) => {
    const requests: CertificateRequest[] = [];
    const solution = solutionOf(structure);
    if (shared.length > 0) {
      // One AUTH_CLI for the DMP, MSSanté and PSC of one software instance.
      const label = shared.map((service) => service.toUpperCase()).join(' ');
      requests.push({
        structure,
        commonName: suggestedCommonName(solution, label),
        commonNameFixed: false,
        usages: ['AUTH_CLI'],
        services: shared,
      });
    }
    if (needsSignatureCertificate(situation.services)) {
      requests.push({
        structure,
        commonName: suggestedCommonName(solution, 'DMP SIGN'),
        commonNameFixed: false,
        usages: ['SIGN'],
        services: ['dmp'],
      });
    }
    if (situation.services.includes('insi')) {
      for (const commonName of insiNamesFor(situation.insiMode)) {
        requests.push({ structure, commonName, commonNameFixed: true, usages: ['AUTH_CLI'], services: ['insi'] });
      }
    }
    return requests;
  });
}
