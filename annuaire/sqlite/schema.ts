import { z } from 'zod';

/** Bumped when the tables change: a reader refuses a database of another version. */
export const schemaVersion = '1';

export const createTables = `
CREATE TABLE practitioners (
  rpps TEXT PRIMARY KEY,
  last_name TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_key TEXT NOT NULL,
  first_key TEXT NOT NULL,
  profession TEXT
) WITHOUT ROWID;
CREATE TABLE places (
  rpps TEXT NOT NULL,
  structure_key TEXT NOT NULL,
  denomination TEXT NOT NULL,
  trade_name TEXT,
  postal_code TEXT,
  town TEXT,
  sector_code TEXT,
  sector_label TEXT,
  siret TEXT,
  finess TEXT,
  rpps_rang TEXT,
  national_structure_id TEXT,
  PRIMARY KEY (rpps, structure_key)
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
`;

/** Built after the rows are in: one sort per index instead of random inserts. */
export const createIndexes = `
CREATE INDEX practitioners_by_name ON practitioners (last_key, first_key, rpps);
CREATE INDEX places_by_siret ON places (siret) WHERE siret IS NOT NULL;
CREATE INDEX places_by_finess ON places (finess) WHERE finess IS NOT NULL;
CREATE INDEX places_by_rpps_rang ON places (rpps_rang) WHERE rpps_rang IS NOT NULL;
`;

/** The meta table, one row per key: what was imported, from where, when. */
export const metaSchema = z.object({
  schema_version: z.literal(schemaVersion),
  extract_date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source_file: z.string(),
  imported_at: z.string(),
  rows_read: z.coerce.number().int(),
  rpps_rows: z.coerce.number().int(),
  malformed_lines: z.coerce.number().int(),
  practitioners: z.coerce.number().int(),
  places: z.coerce.number().int(),
});
export type ImportMeta = z.infer<typeof metaSchema>;

export const practitionerRowSchema = z.object({
  rpps: z.string(),
  last_name: z.string(),
  first_name: z.string(),
  profession: z.string().nullable(),
});
export type PractitionerRow = z.infer<typeof practitionerRowSchema>;

export const placeRowSchema = z.object({
  rpps: z.string(),
  denomination: z.string(),
  trade_name: z.string().nullable(),
  postal_code: z.string().nullable(),
  town: z.string().nullable(),
  sector_code: z.string().nullable(),
  sector_label: z.string().nullable(),
  siret: z.string().nullable(),
  finess: z.string().nullable(),
  rpps_rang: z.string().nullable(),
  national_structure_id: z.string().nullable(),
});
