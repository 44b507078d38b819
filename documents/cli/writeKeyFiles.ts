import { closeSync, existsSync, fchmodSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { KeyAndCsr } from '../csr';

const ownerOnly = 0o600;
const errnoSchema = z.object({ code: z.string(), message: z.string() });

export interface KeyFilePaths {
  keyPath: string;
  csrPath: string;
}

export type WriteResult = { kind: 'written' } | { kind: 'keyExists' } | { kind: 'failed'; reason: string };

/** A CN such as «Proxy DMP CHU Nantes» or «../x» as a plain file name inside the output folder. */
export const fileStem = (commonName: string): string =>
  commonName.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');

export function keyFilePaths(outDir: string, commonName: string): KeyFilePaths {
  const stem = fileStem(commonName);
  return { keyPath: resolve(join(outDir, `${stem}.key.pem`)), csrPath: resolve(join(outDir, `${stem}.csr.pem`)) };
}

/** Checked before generating a key, so that a long 4096-bit generation is not wasted. */
export const keyAlreadyThere = (paths: KeyFilePaths): boolean => existsSync(paths.keyPath);

/**
 * The key is created with `wx` (never overwrites: an existing key may belong to a certificate in use)
 * and mode 0600, forced again with fchmod whatever the umask; the CSR is public, 0644.
 */
export function writeKeyFiles(outDir: string, paths: KeyFilePaths, material: KeyAndCsr): WriteResult {
  try {
    mkdirSync(outDir, { recursive: true, mode: 0o700 });
    const descriptor = openSync(paths.keyPath, 'wx', ownerOnly);
    try {
      fchmodSync(descriptor, ownerOnly);
      writeSync(descriptor, material.privateKeyPem);
    } finally {
      closeSync(descriptor);
    }
    writeFileSync(paths.csrPath, material.csrPem, { mode: 0o644 });
    return { kind: 'written' };
  } catch (error) {
    const errno = errnoSchema.safeParse(error);
    if (errno.success && errno.data.code === 'EEXIST') return { kind: 'keyExists' };
    return { kind: 'failed', reason: errno.success ? errno.data.message : String(error) };
  }
}
