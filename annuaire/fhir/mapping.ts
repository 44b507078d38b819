import { normaliseName } from '../../rules/directory/nameSearch';
import type { PlaceOfPractice, Practitioner } from '../../rules/directory/place';
import { rppsOf, structureIdsOf } from './identifiers';
import type { FhirOrganization, FhirPractitioner, FhirPractitionerRole, FhirResource } from './schemas';

export const sectorSystem = 'https://mos.esante.gouv.fr/NOS/TRE_R02-SecteurActivite/FHIR/TRE-R02-SecteurActivite';
const professionSystem = 'https://mos.esante.gouv.fr/NOS/TRE_G15-ProfessionSante/FHIR/TRE-G15-ProfessionSante';

const present = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

/** The id in `Organization/001-01-123` (also absolute or versioned references), when it names that type. */
export function referencedId(
  reference: string | null | undefined,
  type: 'Practitioner' | 'Organization',
): string | undefined {
  const match = /(?:^|\/)([A-Za-z]+)\/([^/?#]+)(?:\/_history\/[^/?#]+)?$/.exec(reference ?? '');
  return match && match[1] === type ? match[2] : undefined;
}

/** An activity still going on the day asked: not closed, and no end date in the past. */
export function isCurrentRole(role: FhirPractitionerRole, today: string): boolean {
  const end = present(role.period?.end);
  return role.active !== false && (end === undefined || end.slice(0, 10) >= today);
}

/**
 * One place from its Organization. Assumptions: `alias` holds the enseigne commerciale (the IG's
 * examples put the shop name there); v1 samples wrote the postal code inside `city` («62600 BERCK»).
 */
export function placeOf(organization: FhirOrganization): PlaceOfPractice {
  const address = organization.address?.[0];
  const postalCode = present(address?.postalCode);
  const town = present(address?.city)?.replace(/^\d{4,5}\s+(?=\S)/, '');
  const sector = (organization.type ?? [])
    .flatMap((type) => type.coding ?? [])
    .find((coding) => coding.system === sectorSystem && present(coding.code));
  return {
    denomination: present(organization.name) ?? '',
    tradeName: present(organization.alias?.find((alias) => present(alias))),
    postalCode,
    town,
    sectorCode: present(sector?.code),
    sectorLabel: present(sector?.display),
    ...structureIdsOf(organization.identifier ?? []),
  };
}

/** Nom et prénom d'exercice: the `usual` name when several are published. */
export function practitionerOf(resource: FhirPractitioner, places: PlaceOfPractice[]): Practitioner | undefined {
  const rpps = rppsOf(resource.identifier ?? []);
  if (!rpps) return undefined;
  const names = resource.name ?? [];
  const name =
    names.find((entry) => entry.use === 'usual' && present(entry.family)) ??
    names.find((entry) => present(entry.family));
  const profession = (resource.qualification ?? [])
    .flatMap((qualification) => qualification.code?.coding ?? [])
    .find((coding) => coding.system === professionSystem && present(coding.display));
  return {
    rpps,
    lastName: present(name?.family) ?? '',
    firstName: (name?.given ?? []).flatMap((given) => present(given) ?? []).join(' '),
    profession: present(profession?.display),
    places,
  };
}

/** Ids in the extract's order: last name, first name (both normalised), RPPS. */
export function inNameOrder(resources: readonly FhirPractitioner[]): string[] {
  const keyed = resources.map((resource) => {
    const practitioner = practitionerOf(resource, []);
    const key = practitioner
      ? [normaliseName(practitioner.lastName), normaliseName(practitioner.firstName), practitioner.rpps]
      : [];
    return { id: resource.id, key };
  });
  const compare = (a: string[], b: string[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      const [x, y] = [a[i] ?? '', b[i] ?? ''];
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
  return keyed.sort((a, b) => compare(a.key, b.key)).map((entry) => entry.id);
}

/** The resources of several bundles, by type and id. */
export class ResourceIndex {
  readonly practitioners = new Map<string, FhirPractitioner>();
  readonly organizations = new Map<string, FhirOrganization>();
  readonly roles: FhirPractitionerRole[] = [];

  add(resources: readonly FhirResource[]): this {
    for (const resource of resources) {
      if (resource.resourceType === 'Practitioner') this.practitioners.set(resource.id, resource);
      else if (resource.resourceType === 'Organization') this.organizations.set(resource.id, resource);
      else if (resource.resourceType === 'PractitionerRole') this.roles.push(resource);
    }
    return this;
  }

  /**
   * The practitioners asked for, in that order, each with the current places this index holds (one per
   * open Organization, by raison sociale). A practitioner without an RPPS is left out: the contract's key is the RPPS.
   */
  practitionersWithPlaces(practitionerIds: readonly string[], today: string): Practitioner[] {
    return practitionerIds.flatMap((practitionerId) => {
      const resource = this.practitioners.get(practitionerId);
      if (!resource || resource.active === false) return [];
      const organizationIds = new Set(
        this.roles
          .filter(
            (role) =>
              referencedId(role.practitioner?.reference, 'Practitioner') === practitionerId &&
              isCurrentRole(role, today),
          )
          .flatMap((role) => referencedId(role.organization?.reference, 'Organization') ?? []),
      );
      const places = [...organizationIds].flatMap((organizationId) => {
        const organization = this.organizations.get(organizationId);
        return organization && organization.active !== false
          ? [{ key: `${organization.name ?? ''}\u0000${organizationId}`, place: placeOf(organization) }]
          : [];
      });
      // The extract's order (by raison sociale), so both directories list a practitioner's places alike.
      places.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return (
        practitionerOf(
          resource,
          places.map((entry) => entry.place),
        ) ?? []
      );
    });
  }
}
