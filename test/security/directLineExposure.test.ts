import { EchoBot } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';
import { bearer, call, clock, generate, startConversation } from './directLineCalls';

// Issue 13 §3: the local Direct Line handed tokens to anyone in production, and kept every conversation forever.
describe('the local Direct Line in production', () => {
  it('is off unless enabled: no token route, no page', async () => {
    const server = await startTestServer({
      bot: new EchoBot(),
      env: { NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'password' },
    });
    try {
      expect((await generate(server)).status).toBe(404);
      expect((await fetch(`${server.baseUrl}/`)).status).toBe(404);
      expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('when enabled, hands tokens only to the holder of the secret (the editor backend)', async () => {
    const secret = 'editor-backend-secret-0123456789abcdef';
    const env = {
      NODE_ENV: 'production',
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'password',
      LOCAL_DIRECT_LINE: 'on',
      DIRECT_LINE_SECRET: secret,
      PUBLIC_BASE_URL: 'https://bot.exemple.fr',
    };
    const server = await startTestServer({ bot: new EchoBot(), env });
    try {
      expect((await generate(server)).status).toBe(401);
      expect((await generate(server, bearer('editor-backend-secret-0123456789abcdeX'))).status).toBe(401);
      const granted = await generate(server, bearer(secret));
      expect(granted.status).toBe(200);
      const started = await call(server, '/v3/directline/conversations', {
        headers: bearer(granted.body.token),
        body: {},
      });
      expect(started.status).toBe(201);
      // Built from PUBLIC_BASE_URL, never from the Host header.
      expect(String(started.body.streamUrl)).toMatch(/^wss:\/\/bot\.exemple\.fr\/v3\/directline\/conversations\//);
    } finally {
      await server.close();
    }
  });
});

describe('per-address limits on tokens and conversations', () => {
  let server: TestServer;
  const time = clock();
  beforeAll(async () => {
    const env = {
      DIRECT_LINE_TOKENS_PER_MINUTE: '3',
      DIRECT_LINE_CONVERSATIONS_PER_MINUTE: '2',
      TRUST_PROXY_HOPS: '1',
    };
    server = await startTestServer({ bot: new EchoBot(), env, now: time.now });
  });
  afterAll(() => server.close());
  const from = (address: string) => ({ 'X-Forwarded-For': address });

  it('answers the fourth token of a minute from one address with 429 and Retry-After, then lets it through the next minute', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1)
      statuses.push((await generate(server, from('198.51.100.7'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await generate(server, from('198.51.100.7'));
    expect(refused.body).toEqual({ error: { code: 'TooManyRequests', message: expect.stringContaining('try again') } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address has its own budget; a forged X-Forwarded-For in front of the proxy's entry changes nothing.
    expect((await generate(server, from('203.0.113.9'))).status).toBe(200);
    expect((await generate(server, from('192.0.2.1, 198.51.100.7'))).status).toBe(429);
    time.advance(60_000);
    expect((await generate(server, from('198.51.100.7'))).status).toBe(200);
  });

  it('answers the third conversation started in a minute from one address with 429', async () => {
    time.advance(60_000);
    const address = from('198.51.100.20');
    const tokens = [];
    for (let attempt = 0; attempt < 3; attempt += 1) tokens.push((await generate(server, address)).body.token);
    const statuses = [];
    for (const token of tokens)
      statuses.push(
        (await call(server, '/v3/directline/conversations', { headers: { ...address, ...bearer(token) }, body: {} }))
          .status,
      );
    expect(statuses).toEqual([201, 201, 429]);
  });
});

describe('memory bounded whatever the number of visitors', () => {
  it('keeps the conversations in use and answers 503 when every place is taken, instead of pushing them out', async () => {
    const server = await startTestServer({ bot: new EchoBot(), env: { DIRECT_LINE_MAX_CONVERSATIONS: '3' } });
    try {
      const inUse = [await startConversation(server), await startConversation(server)];
      // Tokens nobody used make room for each other.
      for (let visitor = 0; visitor < 20; visitor += 1) expect((await generate(server)).status).toBe(200);
      inUse.push(await startConversation(server));
      const refused = await generate(server);
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('60');
      for (const conversation of inUse) {
        expect(
          (
            await call(server, `/v3/directline/conversations/${conversation.id}/activities`, {
              method: 'GET',
              headers: bearer(conversation.token),
            })
          ).status,
        ).toBe(200);
      }
    } finally {
      await server.close();
    }
  });

  it('forgets an idle conversation and tells the bot to drop its state', async () => {
    const time = clock();
    const forgotten: string[] = [];
    const forgetConversation = async (conversationId: string) => void forgotten.push(conversationId);
    const server = await startTestServer({
      bot: new EchoBot(),
      env: { DIRECT_LINE_IDLE_MINUTES: '5' },
      now: time.now,
      forgetConversation,
    });
    try {
      const idle = await startConversation(server);
      const busy = await startConversation(server);
      time.advance(4 * 60_000);
      await call(server, `/v3/directline/conversations/${busy.id}/activities`, {
        headers: bearer(busy.token),
        body: { type: 'message', text: 'toujours là' },
      });
      time.advance(2 * 60_000);
      expect(
        (
          await call(server, `/v3/directline/conversations/${idle.id}/activities`, {
            method: 'GET',
            headers: bearer(idle.token),
          })
        ).status,
      ).toBe(404);
      expect(
        (
          await call(server, `/v3/directline/conversations/${busy.id}/activities`, {
            method: 'GET',
            headers: bearer(busy.token),
          })
        ).status,
      ).toBe(200);
      expect(forgotten).toEqual([idle.id]);
    } finally {
      await server.close();
    }
  });
});
