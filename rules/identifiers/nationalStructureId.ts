/** Guide §8: the «identifiant national de structure» is a type prefix followed by the identifier. */
export const structureIdPrefixes = { finess: '1', siret: '3', rppsRang: '4' } as const;

export type StructureIdentifierKind = keyof typeof structureIdPrefixes;

/** '1'+FINESS, '3'+SIRET, '4'+RPPS-rang: the certificate's OU, which helps pick the structure on the platform. */
export function nationalStructureId(kind: StructureIdentifierKind, normalisedValue: string): string {
  return structureIdPrefixes[kind] + normalisedValue;
}

/**
 * True when a value one character too long is the annuaire's prefixed identifier of a valid one
 * (people copy it from annuaire.sante.fr or a certificate's OU).
 */
export function isPrefixedStructureId(
  kind: StructureIdentifierKind,
  value: string,
  expectedLength: number,
  validate: (input: string) => { ok: boolean },
): boolean {
  return (
    value.length === expectedLength + 1 && value.startsWith(structureIdPrefixes[kind]) && validate(value.slice(1)).ok
  );
}
