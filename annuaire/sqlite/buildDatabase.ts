import Database from 'better-sqlite3';
import { normaliseName } from '../../rules/directory/nameSearch';
import { ExtractRow } from '../extract/extractRow';
import { createIndexes, createTables, ImportMeta, schemaVersion } from './schema';

/** A database file being filled from the extract; nobody reads it until it is renamed into place. */
export interface DatabaseBuilder {
  insert(rows: readonly ExtractRow[]): void;
  /** Indexes, counts and meta, then closes the file. */
  finish(meta: Omit<ImportMeta, 'schema_version' | 'practitioners' | 'places'>): {
    practitioners: number;
    places: number;
  };
  abandon(): void;
}

export function buildDatabase(path: string): DatabaseBuilder {
  const db = new Database(path);
  // A fresh private file: a crash discards it, so no journal and no fsync per transaction.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  db.pragma('cache_size = -16384');
  db.exec(createTables);
  const practitioner = db.prepare(
    'INSERT OR IGNORE INTO practitioners (rpps, last_name, first_name, last_key, first_key, profession) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const place = db.prepare(
    `INSERT OR IGNORE INTO places (rpps, structure_key, denomination, trade_name, postal_code, town, sector_code, sector_label,
       siret, finess, rpps_rang, national_structure_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // The extract lists a practitioner's rows together: the name is normalised once per practitioner, not per row.
  let previousRpps = '';
  const insert = db.transaction((rows: readonly ExtractRow[]) => {
    for (const row of rows) {
      if (row.rpps !== previousRpps) {
        const keys = [normaliseName(row.lastName), normaliseName(row.firstName)];
        practitioner.run(row.rpps, row.lastName, row.firstName, ...keys, row.profession ?? null);
        previousRpps = row.rpps;
      }
      const at = row.place;
      if (at === undefined) continue;
      place.run(
        row.rpps,
        at.structureKey,
        at.denomination,
        at.tradeName ?? null,
        at.postalCode ?? null,
        at.town ?? null,
        at.sectorCode ?? null,
        at.sectorLabel ?? null,
        at.siret ?? null,
        at.finess ?? null,
        at.rppsRang ?? null,
        at.nationalStructureId ?? null,
      );
    }
  });
  const count = (table: 'practitioners' | 'places'): number =>
    Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  return {
    insert,
    finish(meta) {
      db.exec(createIndexes);
      const counts = { practitioners: count('practitioners'), places: count('places') };
      const full: ImportMeta = { ...meta, ...counts, schema_version: schemaVersion };
      const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      db.transaction(() => Object.entries(full).forEach(([name, value]) => setMeta.run(name, String(value))))();
      // Readers open the file read-only: a rollback-journal file needs no -wal/-shm beside it.
      db.pragma('journal_mode = DELETE');
      db.close();
      return counts;
    },
    abandon() {
      if (db.open) db.close();
    },
  };
}
