import Database from 'better-sqlite3';
import { z } from 'zod';
import { DirectoryEdition, Practitioner, StructureIdentifier } from '../../rules/directory/place';
import { matchesName, NameSplit } from '../../rules/directory/nameSearch';
import { toPractitioner } from './rowMapping';
import { ImportMeta, metaSchema, PractitionerRow, practitionerRowSchema } from './schema';

/** One read-only handle on an imported database file, with its prepared look-ups. */
export interface DirectoryConnection {
  /** Which file version this handle reads (device, inode, mtime, size). */
  signature: string;
  meta: ImportMeta;
  edition: DirectoryEdition;
  byRpps(rpps: string): Practitioner | undefined;
  /** At most `limit` practitioners; `more` when others also matched. */
  byName(splits: readonly NameSplit[], limit: number): { practitioners: Practitioner[]; more: boolean };
  byStructure(identifier: StructureIdentifier): Practitioner[];
  close(): void;
}

const metaRowsSchema = z.array(z.tuple([z.string(), z.string()]));
const practitionerColumns = 'p.rpps, p.last_name, p.first_name, p.profession';
const nameOrder = 'ORDER BY p.last_key, p.first_key, p.rpps';
const structureColumn = { siret: 'siret', finess: 'finess', rppsRang: 'rpps_rang' } as const;

export function openConnection(path: string, signature: string): DirectoryConnection {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const metaRows = metaRowsSchema.parse(db.prepare('SELECT key, value FROM meta').raw().all());
    const meta = metaSchema.parse(Object.fromEntries(metaRows));
    const practitioner = db.prepare(`SELECT ${practitionerColumns} FROM practitioners p WHERE p.rpps = ?`);
    const places = db.prepare('SELECT * FROM places WHERE rpps = ? ORDER BY denomination, structure_key');
    const named = db.prepare(
      `SELECT ${practitionerColumns} FROM practitioners p WHERE p.last_key IN (SELECT value FROM json_each(?)) ${nameOrder}`,
    );
    const atStructure = (column: string) =>
      db.prepare(
        `SELECT ${practitionerColumns} FROM practitioners p WHERE p.rpps IN (SELECT rpps FROM places WHERE ${column} = ?) ${nameOrder}`,
      );
    const structure = { siret: atStructure(structureColumn.siret), finess: atStructure(structureColumn.finess), rppsRang: atStructure(structureColumn.rppsRang) };
    const withPlaces = (row: PractitionerRow): Practitioner => toPractitioner(row, places.all(row.rpps));
    const parse = (row: unknown): PractitionerRow => practitionerRowSchema.parse(row);

    return {
      signature,
      meta,
      edition: { source: 'extract', asOf: meta.extract_date },
      byRpps: (rpps) => {
        const row = practitioner.get(rpps);
        return row === undefined ? undefined : withPlaces(parse(row));
      },
      byName(splits, limit) {
        const lastKeys = [...new Set(splits.map((split) => split.lastName))];
        const found: PractitionerRow[] = [];
        let more = false;
        for (const candidate of named.iterate(JSON.stringify(lastKeys))) {
          const row = parse(candidate);
          if (!matchesName(row.last_name, row.first_name, splits)) continue;
          if (found.length === limit) {
            more = true;
            break;
          }
          found.push(row);
        }
        return { practitioners: found.map(withPlaces), more };
      },
      byStructure: (identifier) => structure[identifier.kind].all(identifier.value).map((row) => withPlaces(parse(row))),
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
