import { RunningApp, startApp } from '../../bot/app';
import { silentLogger } from '../../bot/logger';
import { ChannelDriver } from '../../bench/channelDriver';

describe('agent and notify endpoints through the real server', () => {
  let app: RunningApp;
  let base: string;
  let driver: ChannelDriver;
  beforeAll(async () => {
    app = await startApp({
      env: { PORT: '0', LOG_LEVEL: 'error', AGENT_API_KEY: 'agent-key-0123456789', NOTIFY_API_KEY: 'notify-key-0123456789' },
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
    ['a wrong key', { Authorization: 'Bearer agent-key-0123456788' }],
    ['a prefix of the key', { Authorization: 'Bearer agent-key' }],
    ['the key with more after it', { 'X-Agent-Key': 'agent-key-0123456789-and-more' }],
    ['the notify key', { Authorization: 'Bearer notify-key-0123456789' }],
  ])('refuses %s with 401', async (_case, headers) => {
    expect((await fetch(`${base}/api/transcripts/agent-conv`, { headers })).status).toBe(401);
    expect((await fetch(`${base}/api/transcripts/agent-conv/view`, { headers })).status).toBe(401);
  });

  it('answers 404 for an unknown conversation and lists nothing', async () => {
    const headers = { Authorization: 'Bearer agent-key-0123456789' };
    expect((await fetch(`${base}/api/transcripts/unknown`, { headers })).status).toBe(404);
    expect((await fetch(`${base}/api/transcripts`, { headers })).status).toBe(404);
  });

  it('gives the transcript as JSON and HTML, phone numbers masked', async () => {
    const headers = { Authorization: 'Bearer agent-key-0123456789' };
    const json = (await (await fetch(`${base}/api/transcripts/agent-conv`, { headers })).json()) as { activities: { text?: string }[] };
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
    expect((await fetch(`${base}/api/notify`, { method: 'POST', headers: { Authorization: 'Bearer agent-key-0123456789' } })).status).toBe(401);
    const response = await fetch(`${base}/api/notify`, { method: 'POST', headers: { Authorization: 'Bearer notify-key-0123456789' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ sent: 0, failed: 0 });
  });
});
