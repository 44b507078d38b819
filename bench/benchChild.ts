import { ChildProcess, spawn } from 'node:child_process';
import { serverNodeFlags } from './serverFlags';
import { freePort } from './freePort';

/** A server under test in its own process, on its own port, so that the driver does not share its event loop. */
export interface BenchChild {
  readonly name: string;
  readonly pid: number;
  readonly url: string;
  /** Settles with `work`, or fails as soon as the child dies (with the end of its output). */
  guard<T>(work: Promise<T>): Promise<T>;
  /** SIGTERM (the servers close gracefully), SIGKILL after `graceMs`; resolves with how it ended. */
  stop(graceMs?: number): Promise<string>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** A parent that exits (error, signal, end of run) never leaves a server behind. */
function killLiveOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `node <flags of npm start> <extra flags> <script>` with `env` on `port` (a free one by default); resolves
 * at once, before it listens. `flags`: e.g. `--cpu-prof` (refused in NODE_OPTIONS).
 */
export async function spawnChild(
  name: string,
  script: string,
  env: Record<string, string>,
  port?: number,
  flags: string[] = [],
): Promise<BenchChild> {
  killLiveOnExit();
  port ??= await freePort();
  const child = spawn(process.execPath, [...serverNodeFlags, ...flags, script], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let stopping = false;
  const ended = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve(signal ?? `exit ${code ?? '?'}`);
    });
  });
  const died = ended.then((how) => {
    throw new Error(`${name} (pid ${child.pid ?? '?'}) ended${stopping ? ' while stopping' : ''}: ${how}\n${output}`);
  });
  died.catch(() => undefined);
  if (child.pid === undefined) throw new Error(`${name}: could not start ${script}`);
  return {
    name,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    guard: (work) => Promise.race([work, died]),
    async stop(graceMs = 15_000) {
      if (!live.has(child)) return ended;
      stopping = true;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await ended;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Polls GET /health until it answers 200 (the server listens and is ready). */
export async function waitForHealth(child: BenchChild, timeoutMs = 30_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  const poll = async (): Promise<void> => {
    for (;;) {
      const ok = await fetch(`${child.url}/health`).then(
        async (response) => (await response.arrayBuffer(), response.status === 200),
        () => false,
      );
      if (ok) return;
      if (performance.now() > deadline) throw new Error(`${child.name}: /health not ready after ${timeoutMs} ms`);
      await delay(20);
    }
  };
  await child.guard(poll());
}

/** A child whose /health answers 200; stopped again if it never gets there. */
export async function startChild(
  name: string,
  script: string,
  env: Record<string, string>,
  flags: string[] = [],
): Promise<BenchChild> {
  const child = await spawnChild(name, script, env, undefined, flags);
  try {
    await waitForHealth(child);
    return child;
  } catch (error) {
    await child.stop();
    throw error;
  }
}
