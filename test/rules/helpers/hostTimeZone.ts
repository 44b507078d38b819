import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { z } from 'zod';

const root = join(__dirname, '..', '..', '..');
const workingDaysFile = join(root, 'rules', 'plan', 'workingDays.ts');

/**
 * `addWorkingDays` computed by a Node process whose local time zone is `timeZone`: jest cannot change the
 * zone of its own process, and the holiday list is built from local-time dates.
 */
export function addWorkingDaysOnHost(timeZone: string, cases: readonly (readonly [string, number])[]): string[] {
  const compiled = ts.transpileModule(readFileSync(workingDaysFile, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const script = [
    "const Module = require('node:module');",
    `const file = ${JSON.stringify(workingDaysFile.replace(/\.ts$/, '.js'))};`,
    'const loaded = new Module(file);',
    "loaded.filename = file; loaded.paths = Module._nodeModulePaths(require('node:path').dirname(file));",
    `loaded._compile(${JSON.stringify(compiled)}, file);`,
    `const cases = ${JSON.stringify(cases)};`,
    'process.stdout.write(JSON.stringify(cases.map(([day, count]) => loaded.exports.addWorkingDays(day, count))));',
  ].join('\n');
  const output = execFileSync(process.execPath, ['-e', script], { cwd: root, env: { ...process.env, TZ: timeZone } });
  return z.array(z.string()).parse(JSON.parse(output.toString('utf8')));
}
