import { statSync } from 'node:fs';
import {
  Directory,
  DirectoryEdition,
  DirectoryResult,
  NameQuery,
  Practitioner,
  StructureIdentifier,
} from '../../rules/directory/place';
import { nameSplits } from '../../rules/directory/nameSearch';
import { DirectoryConnection, openConnection } from './directoryConnection';
import { ImportMeta } from './schema';

type Found = { practitioners: Practitioner[]; truncated: boolean };

const unavailable: DirectoryResult = { ok: false, reason: 'unavailable' };

function fileSignature(path: string): string | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}:${stat.mtimeNs}:${stat.size}`;
  } catch {
    return undefined;
  }
}

/**
 * The Directory read from an imported extract (importExtract). The file is opened read-only on first use;
 * each call compares its inode and mtime with the open one and reopens after a re-import, so a running
 * bot sees the new edition without a restart. Errors answer `unavailable`, never throw.
 */
export class SqliteDirectory implements Directory {
  private connection: DirectoryConnection | undefined;

  constructor(readonly path: string) {}

  async byRpps(rpps: string): Promise<DirectoryResult> {
    return this.answer((connection) => {
      const practitioner = connection.byRpps(rpps);
      return { practitioners: practitioner ? [practitioner] : [], truncated: false };
    });
  }

  async byName(query: NameQuery, limit: number): Promise<DirectoryResult> {
    const splits = nameSplits(query.words);
    if (splits.length === 0) return this.answer(() => ({ practitioners: [], truncated: false }));
    return this.answer((connection) => {
      const { practitioners, more } = connection.byName(splits, limit);
      return { practitioners, truncated: more };
    });
  }

  async byStructure(identifier: StructureIdentifier): Promise<DirectoryResult> {
    return this.answer((connection) => ({ practitioners: connection.byStructure(identifier), truncated: false }));
  }

  /** What was imported (extract date, source file, counts), or undefined when the file cannot be read. */
  meta(): ImportMeta | undefined {
    return this.current()?.meta;
  }

  edition(): DirectoryEdition | undefined {
    return this.current()?.edition;
  }

  close(): void {
    this.connection?.close();
    this.connection = undefined;
  }

  private answer(query: (connection: DirectoryConnection) => Found): DirectoryResult {
    try {
      const connection = this.current();
      return connection ? { ok: true, ...query(connection), edition: connection.edition } : unavailable;
    } catch {
      return unavailable;
    }
  }

  private current(): DirectoryConnection | undefined {
    const signature = fileSignature(this.path);
    // A file removed under a running bot: the open handle still reads the last edition.
    if (signature === undefined || signature === this.connection?.signature) return this.connection;
    try {
      const next = openConnection(this.path, signature);
      this.connection?.close();
      this.connection = next;
    } catch {
      // Not an imported directory (or unreadable): keep the open edition, try again at the next call.
    }
    return this.connection;
  }
}
