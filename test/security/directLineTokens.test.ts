import { WebSocket } from 'ws';
import { EchoBot } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';
import { bearer, call, startConversation } from './directLineCalls';

// Issue 13 §3: a refreshed token left the old one working; WebSockets per conversation were not capped.
describe('tokens and streams of one conversation', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ bot: new EchoBot(), env: { DIRECT_LINE_MAX_STREAMS: '2' } });
  });
  afterAll(() => server.close());

  it('revokes the old token when it is refreshed', async () => {
    const conversation = await startConversation(server);
    const refreshed = await call(server, '/v3/directline/tokens/refresh', { headers: bearer(conversation.token) });
    expect(refreshed.status).toBe(200);
    const activities = `/v3/directline/conversations/${conversation.id}/activities`;
    expect((await call(server, activities, { method: 'GET', headers: bearer(conversation.token) })).status).toBe(401);
    expect((await call(server, '/v3/directline/tokens/refresh', { headers: bearer(conversation.token) })).status).toBe(
      401,
    );
    expect((await call(server, activities, { method: 'GET', headers: bearer(refreshed.body.token) })).status).toBe(200);
  });

  it('keeps at most DIRECT_LINE_MAX_STREAMS sockets open: a third one closes the oldest', async () => {
    const conversation = await startConversation(server);
    const open = async () => {
      const reconnect = await call(server, `/v3/directline/conversations/${conversation.id}?watermark=0`, {
        method: 'GET',
        headers: bearer(conversation.token),
      });
      const socket = new WebSocket(String(reconnect.body.streamUrl));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      });
      return { socket, closed };
    };
    const first = await open();
    const second = await open();
    const third = await open();
    expect(await first.closed).toBe(4001);
    expect([second.socket.readyState, third.socket.readyState]).toEqual([WebSocket.OPEN, WebSocket.OPEN]);
    second.socket.close();
    third.socket.close();
  });
});
