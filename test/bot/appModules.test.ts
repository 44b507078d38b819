import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { workerEntry } from '../../documents/renderPool/workerEntry';

// A fresh Node process transpiles the sources it loads: slower than a unit test.
jest.setTimeout(60_000);

const root = join(__dirname, '..', '..');

/** The packages a fresh process has loaded once it has required `modules` (from the TypeScript sources). */
function packagesLoadedBy(modules: string[]): string[] {
  const { execArgv } = workerEntry(join(root, 'documents', 'renderPool'), false);
  const script = [
    ...modules.map((path) => `require(${JSON.stringify(join(root, path))});`),
    'const names = Object.keys(require.cache).map((file) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(file)?.[1]).filter(Boolean);',
    'process.stdout.write(JSON.stringify([...new Set(names)]));',
  ].join('\n');
  const output = execFileSync(process.execPath, [...execArgv, '-e', script], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'error' },
  }).toString('utf8');
  return z.array(z.string()).parse(JSON.parse(output));
}

describe("the bot's own thread", () => {
  it('loads no PDF library to start: the document pool builds and fills the PDFs in its worker', () => {
    const loaded = packagesLoadedBy(['bot/app.ts']);
    expect(loaded).toContain('botbuilder');
    expect(loaded).not.toContain('pdf-lib');
  });

  it('loads to start only what the first turns need: no prompts and recognizers, worker pool, SQLite or Markdown renderer', () => {
    const loaded = packagesLoadedBy(['bot/app.ts']);
    expect(loaded).toContain('botbuilder-dialogs');
    expect(loaded.filter((name) => name.startsWith('@microsoft/recognizers-text'))).toEqual([]);
    for (const lazy of ['piscina', 'better-sqlite3', 'markdown-it']) expect(loaded).not.toContain(lazy);
  });

  it('loads neither the Azure SDK (memory storage) nor node-forge (the private-key guard and CSR check do not need it)', () => {
    const loaded = packagesLoadedBy(['bot/app.ts']);
    expect(loaded).not.toContain('@azure/storage-blob');
    expect(loaded).not.toContain('botbuilder-azure-blobs');
    expect(loaded).not.toContain('node-forge');
  });
});
