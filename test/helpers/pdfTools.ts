import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler or qpdf tool on PDF bytes written to a temporary file; `FILE` in `args` stands for that file. */
export function runOnPdf(bytes: Uint8Array, command: string, args: string[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'pdf-tool-'));
  const file = join(folder, 'file.pdf');
  try {
    writeFileSync(file, bytes);
    return execFileSync(
      command,
      args.map((arg) => (arg === 'FILE' ? file : arg)),
    ).toString('utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The text poppler reads from a PDF, as a reader's copy and paste would give it. */
export const pdfText = (bytes: Uint8Array): string => runOnPdf(bytes, 'pdftotext', ['-enc', 'UTF-8', 'FILE', '-']);
