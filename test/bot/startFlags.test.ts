import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { serverNodeFlags } from '../../bench/serverFlags';
import { workerEntry } from '../../documents/renderPool/workerEntry';

describe('npm start', () => {
  it('runs the bot with the Node flags the bench measures it with', () => {
    const manifest = z
      .object({ scripts: z.object({ start: z.string() }) })
      .parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')));
    expect(manifest.scripts.start).toBe(`npm run build && node ${serverNodeFlags.join(' ')} dist/bot/index.js`);
  });
});

describe('the one warning npm start silences: DEP0111, restify → spdy → http-deceiver', () => {
  jest.setTimeout(30_000);
  const root = join(__dirname, '..', '..');
  // restify, then a deprecation of our own making (Buffer()) that must still be printed.
  const warningsWith = (flags: readonly string[]) =>
    spawnSync(process.execPath, [...flags, '-e', "require('restify'); new Buffer(1);"], {
      cwd: root,
      encoding: 'utf8',
      timeout: 25_000,
    }).stderr;

  it('is still printed by restify without the flag (when this fails, drop --disable-warning=DEP0111)', () => {
    expect(warningsWith([])).toContain(
      "[DEP0111] DeprecationWarning: Access to process.binding('http_parser') is deprecated.",
    );
  });

  it('is silenced by the flags of npm start, and no other warning is', () => {
    const warnings = warningsWith(serverNodeFlags);
    expect(warnings).not.toContain('DEP0111');
    expect(warnings).toContain('[DEP0005]');
  });
});

describe('the document pool under the flags of npm start', () => {
  jest.setTimeout(60_000);

  it('renders a Form 413 (worker threads refuse heap-size flags: the pool must not pass them on)', () => {
    const root = join(__dirname, '..', '..');
    const { execArgv } = workerEntry(join(root, 'documents', 'renderPool'), false);
    const script = [
      `const { createDocumentPool } = require(${JSON.stringify(join(root, 'documents/renderPool/pool.ts'))});`,
      `const { form413Samples } = require(${JSON.stringify(join(root, 'documents/form413/samples.ts'))});`,
      'const pool = createDocumentPool();',
      'pool.renderForm413(form413Samples.gie).then((pdf) => { process.stdout.write(String(pdf.length)); return pool.close(); });',
    ].join('\n');
    const output = execFileSync(process.execPath, [...serverNodeFlags, ...execArgv, '-e', script], {
      cwd: root,
      timeout: 50_000,
    }).toString('utf8');
    expect(Number(output)).toBeGreaterThan(10_000);
  });
});
