import { startChannelMock, ChannelMock } from '../helpers/channelMock';
import { EchoBot } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';

const activity = (serviceUrl: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  id: 'incoming-1',
  text: 'bonjour',
  channelId: 'emulator',
  serviceUrl,
  from: { id: 'user-1', name: 'Utilisateur' },
  recipient: { id: 'bot', name: 'Assistant' },
  conversation: { id: 'conv-1' },
  ...extra,
});

const post = (
  baseUrl: string,
  body: string,
  headers: Record<string, string> = { 'Content-Type': 'application/json' },
  method = 'POST',
) => fetch(`${baseUrl}/api/messages`, { method, headers, body: method === 'GET' ? undefined : body });

describe('POST /api/messages without an app id (Emulator, local)', () => {
  let server: TestServer;
  let channel: ChannelMock;
  beforeAll(async () => {
    channel = await startChannelMock();
    server = await startTestServer({ bot: new EchoBot() });
  });
  afterAll(async () => {
    await server.close();
    await channel.close();
  });

  it('runs the bot and posts its reply to the activity serviceUrl', async () => {
    const res = await post(server.baseUrl, JSON.stringify(activity(channel.url)));
    expect(res.status).toBe(200);
    const [reply] = await channel.waitFor(1);
    expect(reply?.path).toBe('/v3/conversations/conv-1/activities/incoming-1');
    expect(reply?.activity).toMatchObject({
      type: 'message',
      text: 'echo: bonjour',
      replyToId: 'incoming-1',
      conversation: { id: 'conv-1' },
    });
    expect(reply?.authorization).toBeUndefined();
  });

  it.each([
    ['malformed JSON', '{"type": "message",', 400],
    ['a JSON array', '[]', 400],
    ['no type', JSON.stringify({ ...activity('http://127.0.0.1:9'), type: undefined }), 400],
    ['no serviceUrl', JSON.stringify({ ...activity('http://127.0.0.1:9'), serviceUrl: undefined }), 400],
    ['no conversation id', JSON.stringify({ ...activity('http://127.0.0.1:9'), conversation: {} }), 400],
    ['a serviceUrl that is not a URL', JSON.stringify(activity('not a url')), 400],
    [
      'a body over MAX_BODY_BYTES',
      JSON.stringify(activity('http://127.0.0.1:9', { text: 'x'.repeat(300 * 1024) })),
      413,
    ],
  ])('answers %s with a small JSON 4xx', async (_case, body, status) => {
    const res = await post(server.baseUrl, body);
    expect(res.status).toBe(status);
    const json: unknown = await res.json();
    expect(json).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(JSON.stringify(json).length).toBeLessThan(400);
  });

  it('refuses a compressed body (its size would escape the limit)', async () => {
    const res = await post(server.baseUrl, 'xx', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expect(res.status).toBe(415);
  });

  it('answers a body that is not JSON with 415', async () => {
    expect((await post(server.baseUrl, 'bonjour', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await post(server.baseUrl, '<a/>', { 'Content-Type': 'application/xml' })).status).toBe(415);
  });

  it.each(['GET', 'PUT', 'DELETE'])('answers %s with 405', async (method) => {
    const res = await post(server.baseUrl, '{}', { 'Content-Type': 'application/json' }, method);
    expect(res.status).toBe(405);
  });

  it('reports health once listening', async () => {
    const res = await fetch(`${server.baseUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect((await fetch(`${server.baseUrl}/health`, { method: 'POST' })).status).toBe(405);
  });

  it('logs requests as JSON lines without activity text', () => {
    const lines = server.logs.map((line): unknown => JSON.parse(line));
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'debug', msg: 'http.request', route: '/api/messages', status: 200 }),
    );
    expect(server.logs.join('\n')).not.toContain('bonjour');
  });
});

describe('POST /api/messages with an app id', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      bot: new EchoBot(),
      env: { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'secret' },
    });
  });
  afterAll(() => server.close());

  it.each([
    ['no Authorization header', {}],
    ['a token that is not a JWT', { Authorization: 'Bearer not-a-jwt' }],
  ])('answers 401 to %s', async (_case, headers) => {
    const res = await post(server.baseUrl, JSON.stringify(activity('http://127.0.0.1:9')), {
      'Content-Type': 'application/json',
      ...headers,
    });
    expect(res.status).toBe(401);
  });
});
