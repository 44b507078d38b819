import { basename, resolve } from 'node:path';
import { getI18n } from '../../locales';
import { generateKeyAndCsr } from '../csr';
import { requestedLanguage } from '../../locales/commandLineLanguage';
import { parseCsrArgs } from './csrArgs';
import { keyAlreadyThere, keyFilePaths, writeKeyFiles } from './writeKeyFiles';

export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const exitCodes = { ok: 0, failed: 1, badArguments: 2 } as const;

/**
 * `npm run csr -- --cn INSI-AUTO --o "Cabinet X" --out ./dir [--bits 3072] [--lang en]`: creates the key
 * and the CSR on the server where the certificate will be installed (guide §6.8). Prints where the files
 * are and the next step, never the key. Returns the exit code.
 */
export function runCsrCommand(argv: string[], io: CommandIo): number {
  const parsed = parseCsrArgs(argv);
  const t = getI18n().getFixedT(parsed.kind === 'run' ? parsed.args.lang : requestedLanguage(argv));
  if (parsed.kind === 'help') {
    io.stdout(t('csr.cli.usage'));
    return exitCodes.ok;
  }
  if (parsed.kind === 'invalid') {
    const details = parsed.errors.map((error) => `- ${t(`csr.cli.errors.${error.key}`, error.values ?? {})}`);
    io.stderr([t('csr.cli.invalid'), ...details, '', t('csr.cli.usage')].join('\n'));
    return exitCodes.badArguments;
  }
  const { cn, o, out, bits } = parsed.args;
  const outDir = resolve(out);
  const paths = keyFilePaths(outDir, cn);
  if (keyAlreadyThere(paths)) {
    io.stderr(t('csr.cli.keyExists', { path: paths.keyPath }));
    return exitCodes.failed;
  }
  const result = writeKeyFiles(outDir, paths, generateKeyAndCsr({ commonName: cn, organisation: o, keyBits: bits }));
  if (result.kind === 'keyExists') {
    io.stderr(t('csr.cli.keyExists', { path: paths.keyPath }));
    return exitCodes.failed;
  }
  if (result.kind === 'failed') {
    io.stderr(t('csr.cli.writeFailed', { dir: outDir, reason: result.reason }));
    return exitCodes.failed;
  }
  io.stdout(t('csr.cli.done', { commonName: cn, keyBits: bits, ...paths, csrFile: basename(paths.csrPath) }));
  return exitCodes.ok;
}

if (require.main === module) {
  process.exitCode = runCsrCommand(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  });
}
