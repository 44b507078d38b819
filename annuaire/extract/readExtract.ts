import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ColumnLayout, columnLayout, ExtractFormatError } from './extractColumns';
import { ExtractRow, readLine } from './extractRow';

/** What a read saw; filled as the batches are consumed. */
export interface ExtractStats {
  /** Data lines (header and blank lines excluded), malformed ones included. */
  rowsRead: number;
  rppsRows: number;
  /** ADELI and other identifier types: skipped on purpose. */
  otherIdRows: number;
  /** Wrong column count, or an RPPS line without an 11-digit RPPS or a name: counted and skipped. */
  malformedLines: number;
}

export interface ReadOptions {
  batchSize?: number;
  /** Called after each batch with the bytes read so far. */
  onProgress?: (bytesRead: number) => void;
}

export const emptyStats = (): ExtractStats => ({ rowsRead: 0, rppsRows: 0, otherIdRows: 0, malformedLines: 0 });

/**
 * Streams the RPPS rows of a `PS_LibreAcces_Personne_activite` extract in batches: memory stays bounded
 * by one batch whatever the file size. Throws ExtractFormatError when the header lacks a needed column.
 */
export async function* readExtractBatches(
  file: string,
  stats: ExtractStats,
  options: ReadOptions = {},
): AsyncGenerator<ExtractRow[]> {
  const batchSize = options.batchSize ?? 5000;
  const stream = createReadStream(file, { highWaterMark: 1 << 18 });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let layout: ColumnLayout | undefined;
  let batch: ExtractRow[] = [];
  try {
    for await (const line of lines) {
      if (layout === undefined) {
        layout = columnLayout(line);
        continue;
      }
      if (line.trim() === '') continue;
      stats.rowsRead += 1;
      const reading = readLine(line, layout);
      if (reading.kind === 'malformed') stats.malformedLines += 1;
      else if (reading.kind === 'notRpps') stats.otherIdRows += 1;
      else {
        stats.rppsRows += 1;
        batch.push(reading.row);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
          options.onProgress?.(stream.bytesRead);
        }
      }
    }
    if (layout === undefined) throw new ExtractFormatError('emptyFile', `Empty file, no header row: ${file}`);
    if (batch.length > 0) yield batch;
    options.onProgress?.(stream.bytesRead);
  } finally {
    lines.close();
    stream.destroy();
  }
}
