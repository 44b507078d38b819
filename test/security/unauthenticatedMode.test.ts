import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { workerEntry } from '../../documents/renderPool/workerEntry';
import { isLoopbackUrl } from '../../bot/http/loopback';
import { ChannelMock, startChannelMock } from '../helpers/channelMock';
import { freePort } from '../helpers/freePort';
import { EchoBot } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';

// A fresh Node process transpiles the sources it loads: slower than a unit test.
jest.setTimeout(90_000);

const root = join(__dirname, '..', '..');

/** `npm start`'s entry point (bot/index.ts) from the sources, with exactly `env` (no .env file, no NODE_ENV from jest). */
function startEntryPoint(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const { execArgv } = workerEntry(join(root, 'documents', 'renderPool'), false);
  const child = spawn(
    process.execPath,
    [...execArgv, '-e', `require(${JSON.stringify(join(root, 'bot', 'index.ts'))})`],
    {
      cwd: join(root, 'test'),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    },
  );
  let output = '';
  child.stdout?.on('data', (data: Buffer) => (output += data.toString('utf8')));
  child.stderr?.on('data', (data: Buffer) => (output += data.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe('NODE_ENV at start', () => {
  // Issue 13 §2: `Production` (like `prod`, ` production`: see config.test.ts) started in development mode, unauthenticated.
  it('refuses NODE_ENV=Production with a message naming it, and exits', async () => {
    const started = startEntryPoint({ NODE_ENV: 'Production', PORT: String(await freePort()) });
    expect(await started.exited).toBe(1);
    expect(started.output()).toContain('NODE_ENV: must be exactly one of development, production, test');
  });

  it('with no settings at all, still opens the local Web Chat page and its Direct Line, and says where', async () => {
    const port = await freePort();
    const started = startEntryPoint({ PORT: String(port) });
    try {
      const deadline = Date.now() + 80_000;
      while (!started.output().includes(`Assistant 413 is ready: open http://localhost:${port}/\n`)) {
        if (started.child.exitCode !== null || Date.now() > deadline)
          throw new Error(`did not start: ${started.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script src="/static/app.js"></script>');
      expect((await fetch(`http://127.0.0.1:${port}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(
        200,
      );
    } finally {
      started.child.kill('SIGTERM');
      await started.exited;
    }
  });
});

describe('which serviceUrl the bot replies to without an app id', () => {
  it.each([
    ['http://localhost:3979', true],
    ['http://127.0.0.1:9000/', true],
    ['http://127.8.9.10', true],
    ['http://[::1]:3979', true],
    ['https://localhost', true],
    ['http://2130706433/', true], // 127.0.0.1 spelt as one number
    ['http://10.0.0.1', false],
    ['http://169.254.169.254/latest/meta-data', false],
    ['https://example.com', false],
    ['http://localhost.evil.example', false],
    ['http://127.0.0.1.nip.io', false],
    ['http://0.0.0.0:3978', false],
    ['http://[::2]', false],
    ['ftp://127.0.0.1', false],
    ['not a url', false],
  ])('%s → %s', (url, loopback) => {
    expect(isLoopbackUrl(url)).toBe(loopback);
  });
});

describe('POST /api/messages with a foreign serviceUrl', () => {
  let channel: ChannelMock;
  let server: TestServer;
  let withAppId: TestServer;
  beforeAll(async () => {
    channel = await startChannelMock();
    server = await startTestServer({ bot: new EchoBot() });
    withAppId = await startTestServer({
      bot: new EchoBot(),
      env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' },
    });
  });
  afterAll(async () => {
    await Promise.all([server.close(), withAppId.close()]);
    await channel.close();
  });

  const activity = (serviceUrl: string) => ({
    type: 'message',
    id: 'm1',
    text: 'bonjour',
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'u' },
    recipient: { id: 'b' },
    conversation: { id: 'c' },
  });
  const post = (target: TestServer, serviceUrl: string) =>
    fetch(`${target.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity(serviceUrl)),
    });

  // Issue 13 §2: the bot replied to whatever serviceUrl an anonymous caller gave (a request towards internal hosts).
  it.each(['http://169.254.169.254', 'http://10.1.2.3:8080', 'https://example.com'])(
    'refuses %s with 400',
    async (serviceUrl) => {
      const res = await post(server, serviceUrl);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: {
          code: 'BadArgument',
          message: expect.stringContaining('only replies to a serviceUrl on this machine'),
        },
      });
    },
  );

  it('still replies on this machine (the Emulator)', async () => {
    expect((await post(server, channel.url)).status).toBe(200);
    expect((await channel.waitFor(1))[0]?.activity).toMatchObject({ text: 'echo: bonjour' });
  });

  it('leaves the serviceUrl to the channel token when an app id is set', async () => {
    expect((await post(withAppId, 'https://smba.trafficmanager.net/emea/')).status).toBe(401);
  });
});
