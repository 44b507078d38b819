import { SingleBar } from 'cli-progress';
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { TFunction } from 'i18next';
import { z } from 'zod';
import { requestedLanguage } from '../../locales/commandLineLanguage';
import { defaultLanguage, getI18n, supportedLanguages } from '../../locales';
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

const argsSchema = z.object({
  file: z.string().trim().min(1),
  database: z.string().trim().min(1).optional(),
  lang: z.enum(supportedLanguages).default(defaultLanguage),
});
type ImportArgs = z.infer<typeof argsSchema>;

/** What is wrong, as a locale key under `annuaireImport.reasons.`. */
type Reason = { key: 'oneFile' | 'emptyValue' | 'lang' | 'syntax'; detail?: string };
type Parsed = { kind: 'help' } | { kind: 'run'; args: ImportArgs } | { kind: 'invalid'; reason: Reason };

/** Node's own errors may come from another realm (jest): read the message without `instanceof`. */
const messageOf = (error: unknown): string =>
  z.object({ message: z.string() }).safeParse(error).data?.message ?? String(error);

function parse(argv: string[]): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { database: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help === true) return { kind: 'help' };
    if (positionals.length !== 1) return { kind: 'invalid', reason: { key: 'oneFile' } };
    const args = argsSchema.safeParse({ file: positionals[0], database: values.database, lang: values.lang });
    if (args.success) return { kind: 'run', args: args.data };
    const badLang = args.error.issues.some((issue) => issue.path[0] === 'lang');
    return { kind: 'invalid', reason: { key: badLang ? 'lang' : 'emptyValue' } };
  } catch (error) {
    return { kind: 'invalid', reason: { key: 'syntax', detail: messageOf(error) } };
  }
}

const size = (t: TFunction, bytes: number): string =>
  bytes < 1e6
    ? t('annuaireImport.size.kilobytes', { value: bytes / 1e3 })
    : t('annuaireImport.size.megabytes', { value: bytes / 1e6 });

function summaryText(t: TFunction, summary: ImportSummary): string {
  // Hundredths only while under a second: a longer import shows tenths.
  const seconds = Number((summary.durationMs / 1000).toFixed(summary.durationMs < 1000 ? 2 : 1));
  return t('annuaireImport.summary', {
    ...summary,
    path: summary.databasePath,
    date: new Date(`${summary.extractDate}T00:00:00Z`),
    file: summary.sourceFile,
    seconds,
    size: size(t, summary.databaseBytes),
  });
}

function formatReason(t: TFunction, error: ExtractFormatError): string {
  if (error.code === 'emptyFile') return t('annuaireImport.formatErrors.emptyFile');
  const names = error.missingColumns.map((name) => t('annuaireImport.formatErrors.column', { name }));
  return t('annuaireImport.formatErrors.missingColumns', { count: names.length, columns: names });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * `npm run annuaire:import -- FILE [--database PATH] [--lang fr|en]`: imports the Annuaire Santé extract and
 * replaces the directory database atomically (a running bot picks the new edition up). Returns the exit code.
 */
export async function runImportCommand(argv: string[], io: ImportCommandIo): Promise<number> {
  const parsed = parse(argv);
  const t = getI18n().getFixedT(parsed.kind === 'run' ? parsed.args.lang : requestedLanguage(argv));
  if (parsed.kind === 'help') {
    io.stdout(t('annuaireImport.usage'));
    return exitCodes.ok;
  }
  if (parsed.kind === 'invalid') {
    const reason = t(`annuaireImport.reasons.${parsed.reason.key}`, { detail: parsed.reason.detail });
    io.stderr(`${t('annuaireImport.invalid', { reason })}\n${t('annuaireImport.usage')}`);
    return exitCodes.badUsage;
  }
  const { file, database } = parsed.args;
  if (!isFile(file)) {
    io.stderr(t('annuaireImport.notFound', { file }));
    return exitCodes.badUsage;
  }
  const databasePath = database ?? configuredDatabasePath(io.env);
  const totalBytes = statSync(file).size;
  io.progress?.start(totalBytes);
  try {
    const summary = await importExtract(file, databasePath, {
      onProgress: (bytesRead) => io.progress?.update(bytesRead),
    });
    io.progress?.stop();
    if (io.progress === undefined) io.stderr(t('annuaireImport.progress.done', { size: size(t, totalBytes) }));
    io.stdout(summaryText(t, summary));
    return exitCodes.ok;
  } catch (error) {
    io.progress?.stop();
    if (error instanceof ExtractFormatError) {
      io.stderr(t('annuaireImport.unrecognised', { file, reason: formatReason(t, error) }));
      return exitCodes.badUsage;
    }
    io.stderr(t('annuaireImport.failed', { path: databasePath, reason: messageOf(error) }));
    return exitCodes.failed;
  }
}

function terminalBar(t: TFunction): ImportCommandIo['progress'] {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({ stream: process.stderr, format: t('annuaireImport.progress.bar'), hideCursor: true });
  return { start: (total) => bar.start(total, 0), update: (value) => bar.update(value), stop: () => bar.stop() };
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const t = getI18n().getFixedT(requestedLanguage(argv));
  runImportCommand(argv, {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    progress: terminalBar(t),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${t('annuaireImport.crashed', { reason: messageOf(error) })}\n`);
      process.exitCode = exitCodes.failed;
    },
  );
}
