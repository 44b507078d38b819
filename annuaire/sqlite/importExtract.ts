import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { extractDate } from '../extract/extractDate';
import { emptyStats, ExtractStats, readExtractBatches } from '../extract/readExtract';
import { buildDatabase, DatabaseBuilder } from './buildDatabase';

export interface ImportOptions {
  /** Bytes of the extract read so far, and its size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  batchSize?: number;
  now?: () => Date;
}

export interface ImportSummary extends ExtractStats {
  extractDate: string;
  sourceFile: string;
  databasePath: string;
  practitioners: number;
  places: number;
  durationMs: number;
  databaseBytes: number;
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes the rename durable; some systems cannot open a folder, and the new file is in place either way. */
function fsyncFolder(path: string): void {
  try {
    fsyncPath(path);
  } catch {
    // Best effort only.
  }
}

/** Journals of the replaced file would be applied to the new one: they go before the rename. */
function removeStaleCompanions(target: string): void {
  for (const suffix of ['-journal', '-wal', '-shm']) rmSync(target + suffix, { force: true });
}

/**
 * Imports a `PS_LibreAcces_Personne_activite` extract into `databasePath`, atomically: the database is built
 * in a temporary file beside it and renamed over it at the end. On any failure the old database is left
 * as it was and the temporary file is removed.
 */
export async function importExtract(
  file: string,
  databasePath: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const source = statSync(file);
  const target = resolve(databasePath);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.importing`;
  const stats = emptyStats();
  let builder: DatabaseBuilder | undefined;
  try {
    builder = buildDatabase(temporary);
    const batches = readExtractBatches(file, stats, {
      batchSize: options.batchSize,
      onProgress: (bytesRead) => options.onProgress?.(bytesRead, source.size),
    });
    for await (const batch of batches) builder.insert(batch);
    const asOf = extractDate(file, source.mtime);
    const counts = builder.finish({
      extract_date: asOf,
      source_file: basename(file),
      imported_at: now().toISOString(),
      rows_read: stats.rowsRead,
      rpps_rows: stats.rppsRows,
      malformed_lines: stats.malformedLines,
    });
    fsyncPath(temporary);
    removeStaleCompanions(target);
    renameSync(temporary, target);
    fsyncFolder(dirname(target));
    return {
      ...stats,
      ...counts,
      extractDate: asOf,
      sourceFile: basename(file),
      databasePath: target,
      durationMs: performance.now() - started,
      databaseBytes: statSync(target).size,
    };
  } catch (error) {
    builder?.abandon();
    rmSync(temporary, { force: true });
    throw error;
  }
}
