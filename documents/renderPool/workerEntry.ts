import { join } from 'node:path';

/**
 * Where the pool's workers load their code from. Compiled (dist/), the worker is plain `worker.js`. Run from the
 * TypeScript sources (ts-jest, which transpiles only inside its own module registry, never in worker threads),
 * each worker first runs a tiny ES module given inline as a `data:` URL through `--import`: it registers a
 * transpile-only `.ts` require hook (typescript's `transpileModule`, valid because the project compiles with
 * `isolatedModules`), and then piscina can `require` `worker.ts` and everything it imports.
 */
export function workerEntry(directory: string, compiled: boolean): { filename: string; execArgv: string[] } {
  if (compiled) return { filename: join(directory, 'worker.js'), execArgv: [] };
  const hook = [
    "import { createRequire } from 'node:module';",
    `const require = createRequire(${JSON.stringify(join(directory, 'worker.ts'))});`,
    "const ts = require('typescript');",
    "const { readFileSync } = require('node:fs');",
    'const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true, inlineSourceMap: true };',
    "require.extensions['.ts'] = (module, filename) => module._compile(ts.transpileModule(readFileSync(filename, 'utf8'), { fileName: filename, compilerOptions }).outputText, filename);",
  ].join('\n');
  return {
    filename: join(directory, 'worker.ts'),
    execArgv: ['--import', `data:text/javascript,${encodeURIComponent(hook)}`],
  };
}
