import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { round } from './stats';

/** The parts of a V8 `.cpuprofile` (written by `node --cpu-prof`) this summary reads. */
const profileSchema = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: z.object({ functionName: z.string(), url: z.string() }) })),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/** Whose code a frame is: a package of node_modules, one of this repository's folders, Node itself, or V8. */
export function ownerOf(functionName: string, url: string): string {
  if (functionName === '(garbage collector)') return 'gc';
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency?.[1]) return dependency[1];
  const own = /\/dist\/(bot|dialogs|rules|locales|documents|annuaire|bench)\//.exec(url);
  if (own?.[1]) return `ours:${own[1]}`;
  return url.startsWith('node:') ? 'node' : '(v8: JSON, Map, RegExp… and the callers of built-ins)';
}

/** Packages grouped as the bench's README discusses them. */
export function groupOf(owner: string): string {
  if (owner.startsWith('ours:')) return 'ours';
  if (/^botbuilder|^botframework/.test(owner)) return 'botbuilder';
  if (/^@azure\/|^@typespec\/|^restify|^find-my-way|^node$/.test(owner)) return 'HTTP: server, connector client, Node';
  if (owner === 'zod' || owner === 'i18next' || owner === 'piscina') return owner;
  return owner === 'gc' ? 'garbage collector' : owner.startsWith('(v8') ? owner : 'other packages';
}

/**
 * Where a thread's busy time went, by the code that ran (self time, idle left out), in % of the busy time:
 * `node dist/bench/profileSummary.js <file.cpuprofile>` after `BENCH_CPU_PROF=<dir> npm run bench`.
 */
export function summarise(path: string): {
  busyMs: number;
  byGroup: Record<string, number>;
  byOwner: Record<string, number>;
} {
  const profile = profileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const owners = new Map(
    profile.nodes.map((node) => [
      node.id,
      node.callFrame.functionName === '(idle)' ? undefined : ownerOf(node.callFrame.functionName, node.callFrame.url),
    ]),
  );
  const byOwner = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const owner = owners.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (owner === undefined) return;
    busy += micros;
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
  });
  const percent = (entries: Iterable<[string, number]>) =>
    Object.fromEntries(
      [...entries].sort((a, b) => b[1] - a[1]).map(([name, micros]) => [name, round((100 * micros) / busy, 1)]),
    );
  const byGroup = new Map<string, number>();
  for (const [owner, micros] of byOwner) byGroup.set(groupOf(owner), (byGroup.get(groupOf(owner)) ?? 0) + micros);
  return {
    busyMs: round(busy / 1000),
    byGroup: percent(byGroup),
    byOwner: percent([...byOwner].filter(([, micros]) => micros / busy >= 0.005)),
  };
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    process.stderr.write('usage: node dist/bench/profileSummary.js <file.cpuprofile>…\n');
    process.exit(2);
  }
  for (const file of files) process.stdout.write(`${JSON.stringify({ file, ...summarise(file) }, null, 2)}\n`);
}
