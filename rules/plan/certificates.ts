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

/** A suggested «Service applicatif» for the shared certificate: the solution and what it serves, no personal data. */
function sharedCommonName(solution: string, services: Service[]): string {
  const label = services.map((service) => service.toUpperCase()).join(' ');
  return `${solution} ${label}`.replace(/\s+/g, ' ').trim().slice(0, maxCommonNameLength);
}

/** Certificates to request on the IGC-Santé platform, per structure (guide §1, §6). */
export function planCertificates(situation: Situation, structures: StructureRef[], solutionOf: (structure: StructureRef) => string): CertificateRequest[] {
  const shared = sharableServices(situation.services);
  return structures.flatMap((structure) => {
    const requests: CertificateRequest[] = [];
    if (shared.length > 0) {
      requests.push({
        structure,
        commonName: sharedCommonName(solutionOf(structure), shared),
        commonNameFixed: false,
        // DMP: SIGN signs the documents (VIHF), AUTH_CLI authenticates; MSSanté and PSC use AUTH_CLI.
        usages: shared.includes('dmp') ? ['AUTH_CLI', 'SIGN'] : ['AUTH_CLI'],
        services: shared,
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
