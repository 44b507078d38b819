import { ActivityHandler } from 'botbuilder';
import type { Request, Response } from 'restify';
import { ChannelMock, startChannelMock } from '../helpers/channelMock';
import { EchoBot } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';

type Json = Record<string, unknown>;

class FailingBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async () => {
      throw new Error('Missing conversationId');
    });
  }
}

const json = async (res: globalThis.Response): Promise<Json> => {
  const body: unknown = await res.json();
  return body && typeof body === 'object' ? Object.fromEntries(Object.entries(body)) : {};
};
const genericBody = {
  error: {
    code: 'InternalError',
    message: expect.stringMatching(/^Internal error\. Reference: [0-9a-f]{16}\.$/),
    correlationId: expect.stringMatching(/^[0-9a-f]{16}$/),
  },
};
const correlationIdOf = (body: Json): string => String(Reflect.get(Object(body.error), 'correlationId'));
const logLine = (logs: string[], correlationId: string): Json => {
  const parsed: unknown = JSON.parse(logs.find((line) => line.includes(correlationId)) ?? '{}');
  return parsed && typeof parsed === 'object' ? Object.fromEntries(Object.entries(parsed)) : {};
};

// Issue 13 §7: 5xx bodies carried internals (`RestError: connect ECONNREFUSED 127.0.0.1:9`, `Missing conversationId`).
describe('errors the client did not cause', () => {
  describe('in /api/messages', () => {
    let server: TestServer;
    let channel: ChannelMock;
    beforeAll(async () => {
      channel = await startChannelMock();
      server = await startTestServer({ bot: new FailingBot() });
      // The turn fails past the bot's error handler (as when the channel refuses even the apology).
      server.app.adapter.onTurnError = async (_context, error) => {
        throw error;
      };
    });
    afterAll(async () => {
      await server.close();
      await channel.close();
    });

    it('answers a generic 500 with a correlation id; the log has the details under that id', async () => {
      const res = await fetch(`${server.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: 'm1',
          text: 'bonjour',
          channelId: 'emulator',
          serviceUrl: channel.url,
          from: { id: 'u' },
          recipient: { id: 'b' },
          conversation: { id: 'c-500' },
        }),
      });
      expect(res.status).toBe(500);
      const body = await json(res);
      expect(body).toEqual(genericBody);
      expect(JSON.stringify(body)).not.toContain('Missing conversationId');
      expect(logLine(server.logs, correlationIdOf(body))).toMatchObject({
        level: 'error',
        msg: 'messages.turnFailed',
        errorName: 'Error',
        conversationId: 'c-500',
      });
    });
  });

  describe('in any route, and in the Direct Line bridge', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ bot: new EchoBot() });
      server.app.server.get('/test/throws', async (_req: Request, _res: Response) => {
        throw new Error('Missing conversationId');
      });
      server.app.server.get('/test/throws-with-status', async (_req: Request, _res: Response) => {
        // A dependency's error carries its own status: it is still not the client's doing.
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
          name: 'RestError',
          statusCode: 400,
          code: 'ECONNREFUSED',
        });
      });
    });
    afterAll(() => server.close());

    it.each(['/test/throws', '/test/throws-with-status'])(
      '%s: a generic 500, the details in the log only',
      async (path) => {
        const res = await fetch(`${server.baseUrl}${path}`);
        expect(res.status).toBe(500);
        const body = await json(res);
        expect(body).toEqual(genericBody);
        expect(JSON.stringify(body)).not.toMatch(/conversationId|ECONNREFUSED|RestError/);
        expect(logLine(server.logs, correlationIdOf(body))).toMatchObject({
          level: 'error',
          msg: 'http.error',
          route: path,
        });
      },
    );

    it('a turn that fails past the error handler: 502 with a correlation id', async () => {
      const failing = await startTestServer({ bot: new FailingBot() });
      try {
        failing.app.adapter.onTurnError = async (_context, error) => {
          throw error;
        };
        const { token } = await json(
          await fetch(`${failing.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' }),
        );
        const headers = { Authorization: `Bearer ${String(token)}`, 'Content-Type': 'application/json' };
        const { conversationId } = await json(
          await fetch(`${failing.baseUrl}/v3/directline/conversations`, { method: 'POST', headers, body: '{}' }),
        );
        const res = await fetch(`${failing.baseUrl}/v3/directline/conversations/${String(conversationId)}/activities`, {
          method: 'POST',
          headers,
          body: '{"type":"message","text":"x"}',
        });
        expect(res.status).toBe(502);
        const body = await json(res);
        expect(body).toEqual(genericBody);
        expect(logLine(failing.logs, correlationIdOf(body))).toMatchObject({
          level: 'error',
          msg: 'directLine.postFailed',
          errorName: 'Error',
        });
      } finally {
        await failing.close();
      }
    });
  });

  describe('caller-supplied fields in the log', () => {
    it('are capped: a 200 kB conversation id sent before authentication writes a short line', async () => {
      const server = await startTestServer({
        bot: new EchoBot(),
        env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' },
      });
      try {
        const res = await fetch(`${server.baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            type: 'message',
            id: 'i'.repeat(5000),
            channelId: 'emulator',
            serviceUrl: 'https://smba.trafficmanager.net/emea/',
            from: { id: 'u' },
            recipient: { id: 'b' },
            conversation: { id: 'c'.repeat(200_000) },
          }),
        });
        expect(res.status).toBe(401);
        const rejected = server.logs.find((line) => line.includes('"auth.rejected"')) ?? '';
        expect(rejected).toContain('"conversationId":"cccc');
        expect(rejected.length).toBeLessThan(1000);
        expect(Math.max(...server.logs.map((line) => line.length))).toBeLessThan(1000);
      } finally {
        await server.close();
      }
    });
  });
});
