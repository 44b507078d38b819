import { EchoBot } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';

describe('headers of every response', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ bot: new EchoBot() });
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
    const res = await fetch(`${server.baseUrl}${path}`, { method, headers: method === 'POST' ? { 'Content-Type': 'application/json' } : {}, body: method === 'POST' ? '{}' : undefined });
    expect(res.status).toBe(status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('server')).toBeNull();
  });

  it('also on a refused body', async () => {
    const refused = await fetch(`${server.baseUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    expect([refused.status, refused.headers.get('x-content-type-options')]).toEqual([415, 'nosniff']);
  });
});
