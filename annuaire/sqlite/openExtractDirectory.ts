import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { importExtract } from './importExtract';
import { SqliteDirectory } from './sqliteDirectory';

export const defaultDatabasePath = 'data/annuaire.sqlite';

/** `ANNUAIRE_DATABASE` when set, else data/annuaire.sqlite (both relative to the working directory). */
export function configuredDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ANNUAIRE_DATABASE?.trim() || defaultDatabasePath);
}
/** The synthetic extract shipped in the sources (tsc does not copy it into dist). */
export const sampleExtract = join(
  __dirname.replace(/[\\/]dist(?=[\\/])/, ''),
  '..',
  'sample',
  'PS_LibreAcces_Personne_activite_202611280912.txt',
);

export interface ExtractDirectoryOptions {
  /** The imported database (`npm run annuaire:import`); `ANNUAIRE_DATABASE`, else data/annuaire.sqlite. */
  databasePath?: string;
  /** Imported into a temporary database when databasePath does not exist; the shipped sample by default. */
  fallbackExtract?: string;
}

export interface OpenedDirectory {
  directory: SqliteDirectory;
  /** True when the fallback extract answers (no imported database at databasePath). */
  fallback: boolean;
}

/**
 * The open handle keeps reading a deleted file (POSIX), so nothing is left in the temporary folder even when
 * the process is killed; where an open file cannot be deleted, it goes at exit.
 */
function removeWhenOpen(folder: string): void {
  try {
    rmSync(folder, { recursive: true, force: true });
  } catch {
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
  }
}

/**
 * The directory the bot starts with: the imported database when there is one, else the fallback extract
 * imported into a temporary file, so a fresh checkout has a directory to look up.
 */
export async function openExtractDirectory(options: ExtractDirectoryOptions = {}): Promise<OpenedDirectory> {
  const databasePath = options.databasePath === undefined ? configuredDatabasePath() : resolve(options.databasePath);
  if (existsSync(databasePath)) return { directory: new SqliteDirectory(databasePath), fallback: false };
  const folder = mkdtempSync(join(tmpdir(), 'assistant413-annuaire-'));
  const temporary = join(folder, 'annuaire.sqlite');
  await importExtract(options.fallbackExtract ?? sampleExtract, temporary);
  const directory = new SqliteDirectory(temporary);
  directory.edition(); // opens the file now, before its folder goes
  removeWhenOpen(folder);
  return { directory, fallback: true };
}
