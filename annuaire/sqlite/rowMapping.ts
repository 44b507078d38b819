import { PlaceOfPractice, Practitioner } from '../../rules/directory/place';
import { PractitionerRow, placeRowSchema } from './schema';

/** SQL NULL is the contract's absent optional field. */
const absent = (value: string | null): string | undefined => value ?? undefined;

export function toPlace(placeRow: unknown): PlaceOfPractice {
  const row = placeRowSchema.parse(placeRow);
  return {
    denomination: row.denomination,
    tradeName: absent(row.trade_name),
    postalCode: absent(row.postal_code),
    town: absent(row.town),
    sectorCode: absent(row.sector_code),
    sectorLabel: absent(row.sector_label),
    siret: absent(row.siret),
    finess: absent(row.finess),
    rppsRang: absent(row.rpps_rang),
    nationalStructureId: absent(row.national_structure_id),
  };
}

export function toPractitioner(row: PractitionerRow, placeRows: readonly unknown[]): Practitioner {
  return {
    rpps: row.rpps,
    lastName: row.last_name,
    firstName: row.first_name,
    profession: absent(row.profession),
    places: placeRows.map(toPlace),
  };
}
