import { z } from 'zod';
import { placeOfPracticeSchema } from '../../rules/directory/place';
import { ColumnLayout, ExtractColumn } from './extractColumns';

/** «Type d'identifiant PP» of an RPPS number; 0 is ADELI, which the directory does not serve. */
export const rppsIdType = '8';

/** One RPPS line of the extract, reduced to what the directory keeps. */
export const extractRowSchema = z.object({
  rpps: z.string().regex(/^\d{11}$/),
  lastName: z.string().min(1),
  firstName: z.string(),
  profession: z.string().optional(),
  /** Absent when the line names no structure (a professional without a current activity site). */
  place: placeOfPracticeSchema.extend({ structureKey: z.string().min(1) }).optional(),
});
export type ExtractRow = z.infer<typeof extractRowSchema>;

export type LineReading = { kind: 'row'; row: ExtractRow } | { kind: 'notRpps' } | { kind: 'malformed' };

const present = (value: string): string | undefined => (value === '' ? undefined : value);

/** «Bureau cedex» reads «75020 PARIS»: the town without its postal code, when «Libellé commune» is empty. */
export function townFromCedexOffice(cedexOffice: string): string | undefined {
  return present(cedexOffice.replace(/^\d{5}\s*/, '').trim());
}

/** The identifiant national de structure `4` + RPPS-rang (guide §8): the 14-character rang. */
export function rppsRangFromStructureId(structureId: string): string | undefined {
  return structureId.length === 15 && structureId.startsWith('4') ? structureId.slice(1) : undefined;
}

function placeOf(get: (column: ExtractColumn) => string | undefined): ExtractRow['place'] {
  const nationalStructureId = get('nationalStructureId');
  const siret = get('siret');
  const finess = get('finess');
  const denomination = get('denomination');
  const postalCode = get('postalCode');
  // The extract repeats a structure once per activity; this key collapses the repeats.
  const byName = denomination ? `D${denomination}|${postalCode ?? ''}` : undefined;
  const structureKey = nationalStructureId ?? (siret ? `S${siret}` : finess ? `F${finess}` : byName);
  if (structureKey === undefined) return undefined;
  return {
    structureKey,
    denomination: denomination ?? get('tradeName') ?? '',
    tradeName: get('tradeName'),
    postalCode,
    town: get('town') ?? townFromCedexOffice(get('cedexOffice') ?? ''),
    sectorCode: get('sectorCode'),
    sectorLabel: get('sectorLabel'),
    siret,
    finess,
    rppsRang: nationalStructureId && rppsRangFromStructureId(nationalStructureId),
    nationalStructureId,
  };
}

/** Reads one data line: an RPPS row, a line of another identifier type, or a malformed line. */
export function readLine(line: string, layout: ColumnLayout): LineReading {
  const fields = line.split('|');
  if (fields.length === layout.fieldCount + 1 && fields[layout.fieldCount] === '') fields.pop();
  if (fields.length !== layout.fieldCount) return { kind: 'malformed' };
  const get = (column: ExtractColumn): string | undefined => present((fields[layout.indexes[column]] ?? '').trim());
  if (get('idType') !== rppsIdType) return { kind: 'notRpps' };
  const parsed = extractRowSchema.safeParse({
    rpps: get('rpps') ?? '',
    lastName: get('lastName') ?? '',
    firstName: get('firstName') ?? '',
    profession: get('profession'),
    place: placeOf(get),
  });
  return parsed.success ? { kind: 'row', row: parsed.data } : { kind: 'malformed' };
}
