import { ActivityHandler } from 'botbuilder';
import { startTestServer } from '../helpers/testServer';

/** A bot whose message turn waits until the test lets it reply. */
class SlowBot extends ActivityHandler {
  release: () => void = () => undefined;
  readonly started: Promise<void>;
  constructor() {
    super();
    let turnStarted: () => void = () => undefined;
    this.started = new Promise((resolve) => (turnStarted = resolve));
    this.onMessage(async (context, next) => {
      turnStarted();
      await new Promise<void>((resolve) => (this.release = resolve));
      await context.sendActivity('fini');
      await next();
    });
  }
}

const json = async (res: Response): Promise<Record<string, unknown>> => {
  const body: unknown = await res.json();
  return body && typeof body === 'object' ? Object.fromEntries(Object.entries(body)) : {};
};

describe('graceful close', () => {
  it('reports stopping, lets the running turn deliver its reply, then stops listening', async () => {
    const bot = new SlowBot();
    const server = await startTestServer({ bot });
    const token = String(
      (await json(await fetch(`${server.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' }))).token,
    );
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const started = await json(
      await fetch(`${server.baseUrl}/v3/directline/conversations`, { method: 'POST', headers, body: '{}' }),
    );
    const conversation = `${server.baseUrl}/v3/directline/conversations/${String(started.conversationId)}`;

    const posting = fetch(`${conversation}/activities`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ type: 'message', text: 'go' }),
    });
    await bot.started;
    const closing = server.close();
    const health = await fetch(`${server.baseUrl}/health`);
    expect([health.status, await json(health)]).toEqual([503, { status: 'stopping' }]);

    bot.release();
    expect((await posting).status).toBe(200);
    await closing;
    const conversations = server.app.directLine?.conversations;
    const kept = conversations?.get(String(started.conversationId));
    if (!kept) throw new Error('conversation forgotten');
    const log = conversations?.since(kept, 0) ?? { activities: [] };
    expect(log.activities.map((activity) => activity.text)).toEqual(['go', 'fini']);
    await expect(fetch(`${server.baseUrl}/health`)).rejects.toThrow();
  });
});
