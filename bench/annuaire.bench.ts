import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { importExtract } from '../annuaire/sqlite/importExtract';
import { SqliteDirectory } from '../annuaire/sqlite/sqliteDirectory';
import { DirectoryResult } from '../rules/directory/place';
import { nameWords } from '../rules/directory/nameSearch';
import { generateExtract } from './annuaireExtract';
import { round, summary } from './stats';

const rows = Number(process.env.BENCH_ANNUAIRE_ROWS ?? 1_000_000);
const queries = 3000;
const megabytes = (bytes: number): number => round(bytes / 1e6);

async function latencies<T>(inputs: readonly T[], ask: (input: T) => Promise<DirectoryResult>) {
  const times: number[] = [];
  let found = 0;
  for (let index = 0; index < queries; index += 1) {
    const input = inputs[(index * 7919) % inputs.length];
    if (input === undefined) continue;
    const started = performance.now();
    const result = await ask(input);
    times.push(performance.now() - started);
    if (result.ok && result.practitioners.length > 0) found += 1;
  }
  return { ...summary(times), found };
}

/** `npm run bench:annuaire`: a generated 1,000,000-row extract imported, then look-ups (copy into bench/README.md). */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'annuaire-bench-'));
  try {
    const file = join(dir, 'PS_LibreAcces_Personne_activite_202611280912.txt');
    let started = performance.now();
    const generated = await generateExtract(file, rows);
    const generateMs = performance.now() - started;

    let peakRss = process.memoryUsage.rss();
    const rssBefore = peakRss;
    started = performance.now();
    const imported = await importExtract(file, join(dir, 'annuaire.sqlite'), {
      onProgress: () => {
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
      },
    });
    const importSeconds = (performance.now() - started) / 1000;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());

    const directory = new SqliteDirectory(imported.databasePath);
    const lookups = {
      byRpps: await latencies(generated.rpps, (rpps) => directory.byRpps(rpps)),
      byName: await latencies(generated.names, (name) => directory.byName({ words: nameWords(name) }, 10)),
      byStructure: await latencies(generated.structures, (structure) => directory.byStructure(structure)),
    };
    directory.close();
    const report = {
      node: process.version,
      cpus: cpus().length,
      extract: {
        rows: generated.rows,
        megabytes: megabytes(generated.bytes),
        generateSeconds: round(generateMs / 1000),
      },
      import: {
        seconds: round(importSeconds),
        rowsPerSecond: Math.round(imported.rowsRead / importSeconds),
        rppsRows: imported.rppsRows,
        practitioners: imported.practitioners,
        places: imported.places,
        databaseMegabytes: megabytes(imported.databaseBytes),
        rssBeforeMegabytes: megabytes(rssBefore),
        peakRssSampledMegabytes: megabytes(peakRss),
        maxRssProcessMegabytes: round(process.resourceUsage().maxRSS / 1000),
      },
      lookupsMs: lookups,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
