import { RunningApp, startApp } from '../../bot/app';
import { silentLogger } from '../../bot/logger';

const json = async (res: Response): Promise<Record<string, unknown>> => {
  const body: unknown = await res.json();
  return body && typeof body === 'object' ? Object.fromEntries(Object.entries(body)) : {};
};

const until = async (probe: () => Promise<boolean>): Promise<void> => {
  const deadline = Date.now() + 20_000;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

// Issue 13 §3: conversations and their in-memory state never expired (+5 MB per 500 conversations).
describe("an idle local Direct Line conversation and the bot's state for it", () => {
  let app: RunningApp;
  let time = Date.parse('2026-12-01T09:00:00Z');
  beforeAll(async () => {
    app = await startApp({
      env: { PORT: '0', DIRECT_LINE_IDLE_MINUTES: '20' },
      port: 0,
      logger: silentLogger,
      followUpTimer: false,
      now: () => new Date(time),
    });
  });
  afterAll(() => app.close());

  it('are both forgotten once the conversation has been idle for DIRECT_LINE_IDLE_MINUTES', async () => {
    const base = `http://127.0.0.1:${app.port}`;
    const { token } = await json(await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' }));
    const headers = { Authorization: `Bearer ${String(token)}`, 'Content-Type': 'application/json' };
    const { conversationId } = await json(
      await fetch(`${base}/v3/directline/conversations`, { method: 'POST', headers, body: '{"locale":"fr-FR"}' }),
    );
    const stateKey = `directline/conversations/${String(conversationId)}/`;
    const stateKept = async () => (await app.stores.state.read([stateKey]))[stateKey] !== undefined;
    await fetch(`${base}/v3/directline/conversations/${String(conversationId)}/activities`, {
      method: 'POST',
      headers,
      body: '{"type":"message","text":"bonjour"}',
    });
    await until(stateKept);

    time += 19 * 60_000;
    await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(await stateKept()).toBe(true);
    time += 2 * 60_000;
    // Any new visitor sweeps the idle ones (a timer does it too, every minute).
    await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' });
    await until(async () => !(await stateKept()));
    expect(
      (await fetch(`${base}/v3/directline/conversations/${String(conversationId)}/activities`, { headers })).status,
    ).toBe(404);
  });
});
