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
/** Name keys hold A-Z, 0-9 and spaces only (normaliseName): every key starting with a prefix sorts below prefix + DEL. */
const keyCeiling = '\x7f';
const nameRowSchema = practitionerRowSchema.extend({ last_key: z.string(), first_key: z.string() });
type NameRow = z.infer<typeof nameRowSchema>;
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byNameKeys = (a: NameRow, b: NameRow): number =>
  compare(a.last_key, b.last_key) || compare(a.first_key, b.first_key) || compare(a.rpps, b.rpps);
const structureColumn = { siret: 'siret', finess: 'finess', rppsRang: 'rpps_rang' } as const;

export function openConnection(path: string, signature: string): DirectoryConnection {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const metaRows = metaRowsSchema.parse(db.prepare('SELECT key, value FROM meta').raw().all());
    const meta = metaSchema.parse(Object.fromEntries(metaRows));
    const practitioner = db.prepare(`SELECT ${practitionerColumns} FROM practitioners p WHERE p.rpps = ?`);
    const places = db.prepare('SELECT * FROM places WHERE rpps = ? ORDER BY denomination, structure_key');
    const named = db.prepare(
      `SELECT ${practitionerColumns}, p.last_key, p.first_key FROM practitioners p
       WHERE p.last_key = ? AND p.first_key >= ? AND p.first_key < ? ORDER BY p.first_key, p.rpps LIMIT ?`,
    );
    const atStructure = (column: string) =>
      db.prepare(
        `SELECT ${practitionerColumns} FROM practitioners p WHERE p.rpps IN (SELECT rpps FROM places WHERE ${column} = ?) ${nameOrder}`,
      );
    const structure = {
      siret: atStructure(structureColumn.siret),
      finess: atStructure(structureColumn.finess),
      rppsRang: atStructure(structureColumn.rppsRang),
    };
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
        const found = new Map<string, NameRow>();
        // Each reading is one index range holding at most limit + 1 rows; the first `limit` of their union
        // in (last, first, rpps) order are the first `limit` overall.
        for (const split of splits) {
          const prefix = split.firstNamePrefix ?? '';
          for (const row of named.all(split.lastName, prefix, prefix + keyCeiling, limit + 1)) {
            const parsed = nameRowSchema.parse(row);
            if (matchesName(parsed.last_name, parsed.first_name, splits)) found.set(parsed.rpps, parsed);
          }
        }
        const ordered = [...found.values()].sort(byNameKeys);
        return { practitioners: ordered.slice(0, limit).map(withPlaces), more: ordered.length > limit };
      },
      byStructure: (identifier) =>
        structure[identifier.kind].all(identifier.value).map((row) => withPlaces(parse(row))),
      close: () => db.close(),
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
