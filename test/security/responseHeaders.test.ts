import { IncomingHttpHeaders, request } from 'node:http';
import { z } from 'zod';
import { EchoBot } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';

const tokenSchema = z.object({ token: z.string() });

/** node:http, unlike fetch, lets a test send any Host header. */
const get = (
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> =>
  new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });

describe('headers of every response', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      bot: new EchoBot(),
      env: { WEBCHAT_FRAME_ANCESTORS: 'https://support.editeur.fr https://*.ris-exemple.fr' },
    });
  });
  afterAll(() => server.close());

  // Issue 13 §8 and §10: nosniff on every response; the Server header named the product.
  it.each([
    ['GET', '/', 200],
    ['GET', '/health', 200],
    ['GET', '/static/app.js', 200],
    ['GET', '/static/missing.js', 404],
    ['GET', '/nowhere', 404],
    ['GET', '/api/messages', 405],
    ['POST', '/api/messages', 400],
    ['POST', '/v3/directline/tokens/generate', 200],
    ['POST', '/v3/directline/tokens/refresh', 401],
    ['GET', `/documents/${'A'.repeat(43)}/x.pdf`, 404],
  ])('%s %s: nosniff, no Server header', async (method, path, status) => {
    const res = await fetch(`${server.baseUrl}${path}`, {
      method,
      headers: method === 'POST' ? { 'Content-Type': 'application/json' } : {},
      body: method === 'POST' ? '{}' : undefined,
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('server')).toBeNull();
  });

  it('also on a refused body and a refused stream', async () => {
    const refused = await fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'x',
    });
    expect([refused.status, refused.headers.get('x-content-type-options')]).toEqual([415, 'nosniff']);
    const stream = await get(`${server.baseUrl}/v3/directline/conversations/x/stream?t=nope`, {
      Connection: 'Upgrade',
      Upgrade: 'websocket',
      'Sec-WebSocket-Version': '13',
      'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
    });
    expect([stream.status, stream.headers['x-content-type-options']]).toEqual([401, 'nosniff']);
  });

  // Issue 13 §9: the CSP was built from the Host header, and frame-ancestors 'self' kept every editor out.
  it("builds the page's CSP from PUBLIC_BASE_URL, whatever the Host header says", async () => {
    const crafted = await get(`${server.baseUrl}/`, { Host: "evil.example; script-src 'unsafe-inline'" });
    const policy = String(crafted.headers['content-security-policy']);
    expect(policy).not.toContain('evil.example');
    expect(policy).not.toContain("script-src 'unsafe-inline'");
    expect(policy).toContain(`connect-src 'self' ${server.baseUrl.replace('http', 'ws')};`);
    expect(policy).toContain("frame-ancestors 'self' https://support.editeur.fr https://*.ris-exemple.fr");
    const plain = await get(`${server.baseUrl}/`);
    expect(plain.headers['content-security-policy']).toBe(policy);
  });

  it('builds stream URLs from PUBLIC_BASE_URL too', async () => {
    const { token } = tokenSchema.parse(
      await (await fetch(`${server.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' })).json(),
    );
    const started = await new Promise<string>((resolve, reject) => {
      const req = request(
        `${server.baseUrl}/v3/directline/conversations`,
        {
          method: 'POST',
          headers: { Host: 'evil.example', Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        },
        (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
          res.on('end', () => resolve(body));
        },
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(z.object({ streamUrl: z.string() }).parse(JSON.parse(started)).streamUrl).toMatch(
      new RegExp(`^${server.baseUrl.replace('http', 'ws')}/v3/directline/conversations/`),
    );
  });
});
