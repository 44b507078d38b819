import type { StructureIdentifier } from '../../rules/directory/place';
import type { FhirIdentifier } from './schemas';

/** Identification nationale PP (8 + RPPS) and identifiant national de structure (guide §8). */
export const idnpsSystem = 'urn:oid:1.2.250.1.71.4.2.1';
export const idnstSystem = 'urn:oid:1.2.250.1.71.4.2.2';

const typeCodes = ['IDNPS', 'RPPS', 'IDNST', 'FINEG', 'FINEJ', 'SIRET', 'SIREN'] as const;
export type IdentifierKind = (typeof typeCodes)[number] | 'FINESS' | 'other';

const valueOf = (identifier: FhirIdentifier): string => (identifier.value ?? '').replace(/\s+/g, '');

/**
 * What an identifier is. The type code (fr-core v2-0203) first: its coding system differs between API
 * versions, the code does not. Then the system, whose FINESS and SIRENE URLs also moved (http://finess.sante.gouv.fr
 * in v1 samples, https://finess.esante.gouv.fr in v2; http(s)://sirene.fr); an untyped FINESS stays «FINESS».
 */
export function identifierKind(identifier: FhirIdentifier): IdentifierKind {
  for (const coding of identifier.type?.coding ?? []) {
    const known = typeCodes.find((code) => code === coding.code);
    if (known) return known;
  }
  const system = identifier.system ?? '';
  if (system === idnpsSystem) return 'IDNPS';
  if (system === idnstSystem) return 'IDNST';
  if (/finess/i.test(system)) return 'FINESS';
  if (/sirene/i.test(system)) return valueOf(identifier).length === 14 ? 'SIRET' : 'SIREN';
  if (/\/\/rpps\./i.test(system)) return 'RPPS';
  return 'other';
}

const firstOf = (identifiers: readonly FhirIdentifier[], kinds: readonly IdentifierKind[]): string | undefined => {
  for (const kind of kinds) {
    const found = identifiers.find((identifier) => identifierKind(identifier) === kind && valueOf(identifier) !== '');
    if (found) return valueOf(found);
  }
  return undefined;
};

/** The 11-digit RPPS: the RPPS identifier, else the IDNPS (8 + RPPS) without its 8. */
export function rppsOf(identifiers: readonly FhirIdentifier[]): string | undefined {
  const rpps = firstOf(identifiers, ['RPPS']);
  if (rpps && /^\d{11}$/.test(rpps)) return rpps;
  const idnps = firstOf(identifiers, ['IDNPS']);
  return idnps && /^8\d{11}$/.test(idnps) ? idnps.slice(1) : undefined;
}

export interface StructureIds {
  siret?: string;
  finess?: string;
  nationalStructureId?: string;
  rppsRang?: string;
}

/** FINESS site = the géographique one (FINEG), or an untyped FINESS; never the juridique (FINEJ). */
export function structureIdsOf(identifiers: readonly FhirIdentifier[]): StructureIds {
  const nationalStructureId = firstOf(identifiers, ['IDNST']);
  return {
    siret: firstOf(identifiers, ['SIRET']),
    finess: firstOf(identifiers, ['FINEG', 'FINESS']),
    nationalStructureId,
    rppsRang: nationalStructureId && /^4.{14}$/.test(nationalStructureId) ? nationalStructureId.slice(1) : undefined,
  };
}

/** Whether an Organization carries the identifier asked for (token searches match any system: check here). */
export function carriesIdentifier(identifiers: readonly FhirIdentifier[], wanted: StructureIdentifier): boolean {
  const kinds: Record<StructureIdentifier['kind'], readonly IdentifierKind[]> = {
    siret: ['SIRET'],
    finess: ['FINEG', 'FINEJ', 'FINESS'],
    rppsRang: ['IDNST'],
  };
  const value = wanted.kind === 'rppsRang' ? `4${wanted.value}` : wanted.value;
  return identifiers.some(
    (identifier) => kinds[wanted.kind].includes(identifierKind(identifier)) && valueOf(identifier) === value,
  );
}
