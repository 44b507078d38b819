import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { serverNodeFlags } from '../../bench/serverFlags';
import { form413WorkerEntry } from '../../documents/form413/workerEntry';

describe('npm start', () => {
  it('runs the bot with the Node flags the bench measures it with', () => {
    const manifest = z.object({ scripts: z.object({ start: z.string() }) }).parse(JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')));
    expect(manifest.scripts.start).toBe(`npm run build && node ${serverNodeFlags.join(' ')} dist/bot/index.js`);
  });
});

describe('the document pool under the flags of npm start', () => {
  jest.setTimeout(60_000);

  it('renders a Form 413 (worker threads refuse heap-size flags: the pool must not pass them on)', () => {
    const root = join(__dirname, '..', '..');
    const { execArgv } = form413WorkerEntry(join(root, 'documents', 'form413'), false);
    const script = [
      `const { createDocumentPool } = require(${JSON.stringify(join(root, 'documents/guidePool/pool.ts'))});`,
      `const { form413Samples } = require(${JSON.stringify(join(root, 'documents/form413/samples.ts'))});`,
      'const pool = createDocumentPool();',
      'pool.renderForm413(form413Samples.gie).then((pdf) => { process.stdout.write(String(pdf.length)); return pool.close(); });',
    ].join('\n');
    const output = execFileSync(process.execPath, [...serverNodeFlags, ...execArgv, '-e', script], { cwd: root, timeout: 50_000 }).toString('utf8');
    expect(Number(output)).toBeGreaterThan(10_000);
  });
});
