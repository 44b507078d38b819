import { WebSocket } from 'ws';
import { parseEditorProfile } from '../../../bot/editorProfile';
import { EchoBot } from '../../helpers/testBots';
import { startTestServer, TestServer } from '../../helpers/testServer';
import exampleProfile from '../../../editor-profile.example.json';

type Json = Record<string, unknown>;

const call = async (
  server: TestServer,
  path: string,
  init: { method?: string; token?: string; body?: unknown; authorization?: string } = {},
) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const authorization = init.authorization ?? (init.token ? `Bearer ${init.token}` : undefined);
  if (authorization) headers.Authorization = authorization;
  const res = await fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const json: unknown = await res.json();
  return { status: res.status, body: json && typeof json === 'object' ? Object.fromEntries(Object.entries(json)) : {} };
};

const field = (body: Json, key: string): string => String(body[key]);

/** A started conversation: its id, token and stream URL. */
const start = async (server: TestServer) => {
  const generated = await call(server, '/v3/directline/tokens/generate', { method: 'POST' });
  const started = await call(server, '/v3/directline/conversations', {
    method: 'POST',
    token: field(generated.body, 'token'),
    body: { locale: 'fr-FR' },
  });
  return {
    id: field(started.body, 'conversationId'),
    token: field(started.body, 'token'),
    streamUrl: field(started.body, 'streamUrl'),
    status: started.status,
  };
};

const activitiesOf = async (server: TestServer, conversation: { id: string; token: string }, watermark = '') => {
  const { body } = await call(
    server,
    `/v3/directline/conversations/${conversation.id}/activities?watermark=${watermark}`,
    { token: conversation.token },
  );
  const activities = Array.isArray(body.activities)
    ? body.activities.map((activity: unknown) =>
        activity && typeof activity === 'object' ? Object.fromEntries(Object.entries(activity)) : {},
      )
    : [];
  return { activities, watermark: field(body, 'watermark') };
};

const until = async <T>(probe: () => Promise<T | undefined>, timeoutMs = 3000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('local Direct Line endpoint', () => {
  let server: TestServer;
  let bot: EchoBot;
  const profile = parseEditorProfile(exampleProfile);
  beforeAll(async () => {
    bot = new EchoBot();
    server = await startTestServer({ bot, editorProfile: profile });
  });
  afterAll(() => server.close());

  it('starts a conversation from a generated token (201, stream URL with a ticket, not the token)', async () => {
    const conversation = await start(server);
    expect(conversation.status).toBe(201);
    expect(conversation.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(conversation.streamUrl).toMatch(
      new RegExp(
        `^ws://127\\.0\\.0\\.1:\\d+/v3/directline/conversations/${conversation.id}/stream\\?watermark=0&t=[A-Za-z0-9_-]{43}$`,
      ),
    );
    expect(conversation.streamUrl).not.toContain(conversation.token);
  });

  it.each([
    ['no token', undefined],
    ['an unknown token', 'Bearer x'.padEnd(50, 'x')],
    ['a malformed header', 'Basic abc'],
  ])('answers 401 to every conversation call with %s', async (_case, authorization) => {
    const conversation = await start(server);
    const paths: Array<[string, string]> = [
      ['POST', '/v3/directline/conversations'],
      ['POST', '/v3/directline/tokens/refresh'],
      ['GET', `/v3/directline/conversations/${conversation.id}`],
      ['GET', `/v3/directline/conversations/${conversation.id}/activities`],
      ['POST', `/v3/directline/conversations/${conversation.id}/activities`],
    ];
    for (const [method, path] of paths) {
      const res = await call(server, path, {
        method,
        authorization: authorization ?? '',
        body: method === 'POST' ? { type: 'message', text: 'x' } : undefined,
      });
      expect([method, path, res.status]).toEqual([method, path, 401]);
    }
  });

  it("refuses another conversation's token", async () => {
    const mine = await start(server);
    const theirs = await start(server);
    const res = await call(server, `/v3/directline/conversations/${theirs.id}/activities`, { token: mine.token });
    expect(res.status).toBe(401);
  });

  it('refreshes a token: the new one opens the same conversation', async () => {
    const conversation = await start(server);
    const refreshed = await call(server, '/v3/directline/tokens/refresh', {
      method: 'POST',
      token: conversation.token,
    });
    expect(refreshed.body).toMatchObject({ conversationId: conversation.id, expires_in: 1800 });
    expect(field(refreshed.body, 'token')).not.toBe(conversation.token);
    expect(
      (
        await call(server, `/v3/directline/conversations/${conversation.id}/activities`, {
          token: field(refreshed.body, 'token'),
        })
      ).status,
    ).toBe(200);
  });

  it('stamps the editor profile id on what the bot receives, whatever the client sent', async () => {
    const conversation = await start(server);
    await call(server, `/v3/directline/conversations/${conversation.id}/activities`, {
      method: 'POST',
      token: conversation.token,
      body: { type: 'message', text: 'salut', channelData: { editorProfileId: 'forged', clientActivityID: 'c1' } },
    });
    const received = bot.received.filter((activity) => activity.text === 'salut');
    expect(received).toEqual([
      expect.objectContaining({ channelData: { editorProfileId: profile.id, clientActivityID: 'c1' } }),
    ]);
    const conversationUpdate = bot.received.find((activity) => activity.type === 'conversationUpdate');
    expect(conversationUpdate?.channelData).toEqual({ editorProfileId: profile.id });
  });

  it('keeps a log with watermarks: each poll returns only what is new', async () => {
    const conversation = await start(server);
    const first = await until(async () => {
      const set = await activitiesOf(server, conversation);
      return set.activities.length > 0 ? set : undefined;
    });
    expect(first.activities.map((activity) => activity.text)).toEqual(['welcome']);
    expect(first.watermark).toBe('1');
    await call(server, `/v3/directline/conversations/${conversation.id}/activities`, {
      method: 'POST',
      token: conversation.token,
      body: { type: 'message', text: 'un' },
    });
    const next = await activitiesOf(server, conversation, first.watermark);
    expect(next.activities.map((activity) => [activity.text, activity.id])).toEqual([
      ['un', `${conversation.id}|0000001`],
      ['echo: un', `${conversation.id}|0000002`],
    ]);
    expect(next.watermark).toBe('3');
    expect((await activitiesOf(server, conversation, next.watermark)).activities).toEqual([]);
  });

  it.each([
    ['no type', { text: 'x' }],
    ['a type clients may not send', { type: 'conversationUpdate' }],
    ['text that is not a string', { type: 'message', text: 42 }],
  ])('answers 400 to an activity with %s', async (_case, body) => {
    const conversation = await start(server);
    const res = await call(server, `/v3/directline/conversations/${conversation.id}/activities`, {
      method: 'POST',
      token: conversation.token,
      body,
    });
    expect(res.status).toBe(400);
  });

  it('answers 400 to a watermark that is not a number', async () => {
    const conversation = await start(server);
    expect(
      (
        await call(server, `/v3/directline/conversations/${conversation.id}/activities?watermark=abc`, {
          token: conversation.token,
        })
      ).status,
    ).toBe(400);
  });

  it("refuses bot callbacks without the bridge's secret", async () => {
    const conversation = await start(server);
    const res = await call(server, `/v3/directline/bot/v3/conversations/${conversation.id}/activities`, {
      method: 'POST',
      authorization: 'Bearer guess',
      body: { type: 'message', text: 'faux' },
    });
    expect(res.status).toBe(401);
    expect((await activitiesOf(server, conversation)).activities.map((activity) => activity.text)).not.toContain(
      'faux',
    );
  });

  it('reconnects: GET conversation gives a fresh stream URL from the watermark; a ticket opens one stream only', async () => {
    const conversation = await start(server);
    await until(async () => ((await activitiesOf(server, conversation)).activities.length > 0 ? true : undefined));
    const reconnect = await call(server, `/v3/directline/conversations/${conversation.id}?watermark=1`, {
      token: conversation.token,
    });
    const streamUrl = field(reconnect.body, 'streamUrl');
    expect(streamUrl).toContain('watermark=1');
    const socket = new WebSocket(streamUrl);
    const opened = await new Promise<boolean>((resolve) => {
      socket.once('open', () => resolve(true));
      socket.once('error', () => resolve(false));
    });
    expect(opened).toBe(true);
    const message = new Promise<string>((resolve) =>
      socket.once('message', (data: Buffer) => resolve(data.toString('utf8'))),
    );
    await call(server, `/v3/directline/conversations/${conversation.id}/activities`, {
      method: 'POST',
      token: conversation.token,
      body: { type: 'message', text: 'deux' },
    });
    const set: unknown = JSON.parse(await message);
    expect(set).toMatchObject({ activities: [{ text: 'deux' }], watermark: '2' });
    socket.close();
    const replay = new WebSocket(streamUrl);
    const status = await new Promise<number>((resolve) =>
      replay.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(401);
  });
});
