import { RunningApp, startApp } from '../../../bot/app';
import { silentLogger } from '../../../bot/logger';
import { ChannelDriver } from '../../../bench/channelDriver';

const agentKey = 'agent-key-0123456789-0123456789-0123456789';
const notifyKey = 'notify-key-0123456789-0123456789-0123456789';

describe('agent and notify endpoints through the real server', () => {
  let app: RunningApp;
  let base: string;
  let driver: ChannelDriver;
  beforeAll(async () => {
    app = await startApp({
      env: {
        PORT: '0',
        LOG_LEVEL: 'error',
        AGENT_API_KEY: agentKey,
        NOTIFY_API_KEY: notifyKey,
        API_KEY_MAX_FAILURES: '1000',
      },
      port: 0,
      logger: silentLogger,
      followUpTimer: false,
    });
    base = `http://127.0.0.1:${app.port}`;
    driver = new ChannelDriver(base, (reply) => reply.inputHint === 'expectingInput');
    await driver.start();
    await driver.say('agent-conv', 'bonjour');
    await driver.say('agent-conv', 'un GIE');
    await driver.say('agent-conv', 'mon portable est le 06 29 00 11 22');
  });
  afterAll(async () => {
    await driver.stop();
    await app.close();
  });

  it.each([
    ['no key', {}],
    ['a wrong key', { Authorization: `Bearer ${agentKey.slice(0, -1)}8` }],
    ['a prefix of the key', { Authorization: 'Bearer agent-key' }],
    ['the key with more after it', { 'X-Agent-Key': `${agentKey}-and-more` }],
    ['the notify key', { Authorization: `Bearer ${notifyKey}` }],
  ])('refuses %s with 401', async (_case, headers) => {
    expect((await fetch(`${base}/api/transcripts/agent-conv`, { headers })).status).toBe(401);
    expect((await fetch(`${base}/api/transcripts/agent-conv/view`, { headers })).status).toBe(401);
  });

  it('answers 404 for an unknown conversation and lists nothing', async () => {
    const headers = { Authorization: `Bearer ${agentKey}` };
    expect((await fetch(`${base}/api/transcripts/unknown`, { headers })).status).toBe(404);
    expect((await fetch(`${base}/api/transcripts`, { headers })).status).toBe(404);
    expect((await fetch(`${base}/api/transcripts/`, { headers })).status).toBe(404);
    expect((await fetch(`${base}/api/transcripts/${'x'.repeat(600)}`, { headers })).status).toBe(404);
  });

  it('gives the transcript as JSON and HTML, phone numbers masked (scheme in any case)', async () => {
    const headers = { Authorization: `bearer ${agentKey}` };
    const json = (await (await fetch(`${base}/api/transcripts/agent-conv`, { headers })).json()) as {
      activities: { text?: string }[];
    };
    const texts = json.activities.map((activity) => activity.text ?? '').join('\n');
    expect(texts).toContain('un GIE');
    expect(texts).toContain('••••••••22');
    expect(texts).not.toContain('06 29 00 11 22');
    const html = await (await fetch(`${base}/api/transcripts/agent-conv/view`, { headers })).text();
    expect(html).toContain('<!doctype html>');
    expect(html).toContain('un GIE');
    expect(html).not.toContain('06 29 00 11 22');
  });

  it('POST /api/notify needs its key and reports what it sent', async () => {
    expect((await fetch(`${base}/api/notify`, { method: 'POST' })).status).toBe(401);
    expect(
      (await fetch(`${base}/api/notify`, { method: 'POST', headers: { Authorization: `Bearer ${agentKey}` } })).status,
    ).toBe(401);
    const response = await fetch(`${base}/api/notify`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${notifyKey}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sent: 0, failed: 0 });
  });
});

describe('keys: long enough at start, guesses throttled', () => {
  it.each([
    ['AGENT_API_KEY', { AGENT_API_KEY: 'a' }],
    ['NOTIFY_API_KEY', { NOTIFY_API_KEY: 'x'.repeat(31) }],
  ])('refuses to start with a %s shorter than 32 characters', async (variable, env) => {
    await expect(
      startApp({ env: { PORT: '0', LOG_LEVEL: 'error', ...env }, port: 0, logger: silentLogger, followUpTimer: false }),
    ).rejects.toThrow(`${variable}: must be at least 32 characters`);
  });

  it('answers 429 once an address has failed API_KEY_MAX_FAILURES times, on both routes, even with the right key', async () => {
    const app = await startApp({
      env: {
        PORT: '0',
        LOG_LEVEL: 'error',
        AGENT_API_KEY: agentKey,
        NOTIFY_API_KEY: notifyKey,
        API_KEY_MAX_FAILURES: '5',
      },
      port: 0,
      logger: silentLogger,
      followUpTimer: false,
    });
    try {
      const base = `http://127.0.0.1:${app.port}`;
      const guess = (n: number) =>
        fetch(`${base}/api/transcripts/some-conv`, {
          headers: { Authorization: `Bearer guess-${n}-${'0'.repeat(32)}` },
        });
      const statuses: number[] = [];
      for (let n = 0; n < 8; n += 1) statuses.push((await guess(n)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
      const right = await fetch(`${base}/api/transcripts/some-conv`, {
        headers: { Authorization: `Bearer ${agentKey}` },
      });
      expect(right.status).toBe(429);
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(
        (await fetch(`${base}/api/notify`, { method: 'POST', headers: { Authorization: `Bearer ${notifyKey}` } }))
          .status,
      ).toBe(429);
    } finally {
      await app.close();
    }
  });

  it('behind TRUST_PROXY_HOPS proxies, counts each client by its forwarded address, not the proxy’s', async () => {
    const app = await startApp({
      env: { PORT: '0', LOG_LEVEL: 'error', AGENT_API_KEY: agentKey, API_KEY_MAX_FAILURES: '2', TRUST_PROXY_HOPS: '1' },
      port: 0,
      logger: silentLogger,
      followUpTimer: false,
    });
    try {
      const base = `http://127.0.0.1:${app.port}`;
      // What the client wrote itself comes before the proxy's entry and is ignored.
      const from = (client: string, key: string) =>
        fetch(`${base}/api/transcripts/some-conv`, {
          headers: { Authorization: `Bearer ${key}`, 'X-Forwarded-For': `198.51.100.9, ${client}` },
        });
      const guesser = [];
      for (let n = 0; n < 3; n += 1) guesser.push((await from('203.0.113.5', `guess-${n}-${'0'.repeat(32)}`)).status);
      expect(guesser).toEqual([401, 401, 429]);
      expect((await from('203.0.113.6', agentKey)).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
