import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../../bench/freePort';

const wellKnownKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  port: number;
  connectionString: string;
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same port (its in-memory data is gone, as after a storage outage with loss). */
  restart(): Promise<void>;
  /** SIGSTOP: it keeps its connections but answers nothing until resumed, as a hung storage. */
  pause(): void;
  /** SIGCONT: it goes on with what it had received meanwhile. */
  resume(): void;
}

function launch(port: number): Promise<ChildProcess> {
  const binary = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'azurite-blob');
  const child = spawn(
    binary,
    [
      '--inMemoryPersistence',
      '--skipApiVersionCheck',
      '--disableTelemetry',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Azurite did not start within 20 s')), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('successfully listens')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`Azurite exited with ${code}`)));
  });
}

/** The real Azure Blob emulator, in memory, on a free loopback port. */
export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  let child: ChildProcess | undefined = await launch(port);
  const end = async (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGCONT'); // a paused process would not handle SIGTERM
      running.kill(signal);
    });
  };
  const stop = () => end('SIGTERM');
  const signal = (name: NodeJS.Signals) => {
    if (!child) throw new Error('Azurite is not running');
    child.kill(name);
  };
  return {
    port,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${wellKnownKey};BlobEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`,
    stop,
    kill: () => end('SIGKILL'),
    async restart() {
      await stop();
      child = await launch(port);
    },
    pause: () => signal('SIGSTOP'),
    resume: () => signal('SIGCONT'),
  };
}
