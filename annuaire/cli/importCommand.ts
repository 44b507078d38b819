import { SingleBar } from 'cli-progress';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ExtractFormatError } from '../extract/extractColumns';
import { importExtract, ImportSummary } from '../sqlite/importExtract';
import { configuredDatabasePath } from '../sqlite/openExtractDirectory';

export const exitCodes = { ok: 0, failed: 1, badUsage: 2 } as const;

/** Where the command writes; `progress` is the bar when stderr is a terminal. */
export interface ImportCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  progress?: { start(total: number): void; update(value: number): void; stop(): void };
  env?: NodeJS.ProcessEnv;
}

const usage = [
  'Usage : npm run annuaire:import -- FICHIER [--database CHEMIN]',
  '  FICHIER     extrait PS_LibreAcces_Personne_activite_<AAAAMMJJhhmm>.txt de l’Annuaire Santé',
  '  --database  base SQLite à remplacer (défaut : $ANNUAIRE_DATABASE, sinon data/annuaire.sqlite)',
].join('\n');

const argsSchema = z.object({ file: z.string().trim().min(1), database: z.string().trim().min(1).optional() });

/** Node's own errors may come from another realm (jest): read the message without `instanceof`. */
const messageOf = (error: unknown): string => z.object({ message: z.string() }).safeParse(error).data?.message ?? String(error);

type Parsed = { kind: 'help' } | { kind: 'run'; file: string; database?: string } | { kind: 'invalid'; reason: string };

function parse(argv: string[]): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { database: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help === true) return { kind: 'help' };
    if (positionals.length !== 1) return { kind: 'invalid', reason: 'indiquez un seul fichier d’extrait.' };
    const args = argsSchema.safeParse({ file: positionals[0], database: values.database });
    return args.success ? { kind: 'run', ...args.data } : { kind: 'invalid', reason: 'fichier ou --database vide.' };
  } catch (error) {
    return { kind: 'invalid', reason: messageOf(error) };
  }
}

const number = (value: number): string => value.toLocaleString('fr-FR');
const decimal = (value: number, digits: number): string => value.toLocaleString('fr-FR', { maximumFractionDigits: digits });
const size = (bytes: number): string => (bytes < 1e6 ? `${decimal(bytes / 1e3, 1)} ko` : `${decimal(bytes / 1e6, 1)} Mo`);

function summaryText(summary: ImportSummary): string {
  return [
    `Annuaire importé dans ${summary.databasePath}`,
    `  extrait du ${summary.extractDate} (${summary.sourceFile})`,
    `  lignes lues : ${number(summary.rowsRead)} ; RPPS gardées : ${number(summary.rppsRows)} ; ` +
      `autres identifiants : ${number(summary.otherIdRows)} ; mal formées ignorées : ${number(summary.malformedLines)}`,
    `  praticiens : ${number(summary.practitioners)} ; lieux d’exercice : ${number(summary.places)}`,
    `  durée : ${decimal(summary.durationMs / 1000, summary.durationMs < 1000 ? 2 : 1)} s ; ` +
      `base : ${size(summary.databaseBytes)}`,
  ].join('\n');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * `npm run annuaire:import -- FILE [--database PATH]`: imports the Annuaire Santé extract and replaces the
 * directory database atomically (a running bot picks the new edition up). Returns the exit code.
 */
export async function runImportCommand(argv: string[], io: ImportCommandIo): Promise<number> {
  const parsed = parse(argv);
  if (parsed.kind === 'help') {
    io.stdout(usage);
    return exitCodes.ok;
  }
  if (parsed.kind === 'invalid') {
    io.stderr(`Commande invalide : ${parsed.reason}\n${usage}`);
    return exitCodes.badUsage;
  }
  if (!isFile(parsed.file)) {
    io.stderr(`Fichier introuvable : ${parsed.file}`);
    return exitCodes.badUsage;
  }
  const databasePath = parsed.database ?? configuredDatabasePath(io.env);
  const totalBytes = statSync(parsed.file).size;
  io.progress?.start(totalBytes);
  try {
    const summary = await importExtract(parsed.file, databasePath, { onProgress: (bytesRead) => io.progress?.update(bytesRead) });
    io.progress?.stop();
    if (io.progress === undefined) io.stderr(`Extrait lu : ${size(totalBytes)} (100 %)`);
    io.stdout(summaryText(summary));
    return exitCodes.ok;
  } catch (error) {
    io.progress?.stop();
    const reason = messageOf(error);
    if (error instanceof ExtractFormatError) {
      io.stderr(`Format non reconnu (${parsed.file}) : ${reason}`);
      return exitCodes.badUsage;
    }
    io.stderr(`Import échoué, la base ${databasePath} est inchangée : ${reason}`);
    return exitCodes.failed;
  }
}

function terminalBar(): ImportCommandIo['progress'] {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'Import [{bar}] {percentage} % | {duration_formatted} | reste {eta_formatted}',
    hideCursor: true,
  });
  return { start: (total) => bar.start(total, 0), update: (value) => bar.update(value), stop: () => bar.stop() };
}

if (require.main === module) {
  runImportCommand(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    progress: terminalBar(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`Import échoué : ${messageOf(error)}\n`);
      process.exitCode = exitCodes.failed;
    },
  );
}
