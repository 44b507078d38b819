import { readFileSync } from 'node:fs';
import { get, IncomingHttpHeaders } from 'node:http';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createMemoryDocumentStore } from '../../bot/documentStore';
import { parseEditorProfile } from '../../bot/editorProfile';
import { EchoBot, samplePdf } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';
import exampleProfile from '../../editor-profile.example.json';

describe('documents, page and bundle', () => {
  let server: TestServer;
  let time = Date.now();
  beforeAll(async () => {
    const documents = createMemoryDocumentStore({ baseUrl: 'http://unused', ttlMs: 60_000, now: () => new Date(time) });
    server = await startTestServer({
      bot: new EchoBot(),
      documents,
      editorProfile: parseEditorProfile(exampleProfile),
    });
  });
  afterAll(() => server.close());

  it('serves a stored document as an attachment that is never cached', async () => {
    const bytes = await samplePdf();
    const { token } = await server.documents.put({
      bytes,
      contentType: 'application/pdf',
      fileName: 'Formulaire 413 – Société.pdf',
      conversationId: 'c',
    });
    const res = await fetch(`${server.baseUrl}/documents/${token}/Formulaire%20413.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''Formulaire%20413%20%E2%80%93%20Soci%C3%A9t%C3%A9.pdf",
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(body.equals(Buffer.from(bytes))).toBe(true);
  });

  it('answers unknown, malformed and expired tokens with the same 404, and lists nothing', async () => {
    const { token } = await server.documents.put({
      bytes: new Uint8Array([1]),
      contentType: 'text/calendar',
      fileName: 'rappel.ics',
      conversationId: 'c',
    });
    const unknown = await fetch(`${server.baseUrl}/documents/${'A'.repeat(43)}/rappel.ics`);
    const malformed = await fetch(`${server.baseUrl}/documents/abc/rappel.ics`);
    time += 60_001;
    const expired = await fetch(`${server.baseUrl}/documents/${token}/rappel.ics`);
    const bodies = await Promise.all([unknown, malformed, expired].map((res) => res.text()));
    expect([unknown.status, malformed.status, expired.status]).toEqual([404, 404, 404]);
    expect(new Set(bodies).size).toBe(1);
    expect((await fetch(`${server.baseUrl}/documents/`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/documents/${token}/rappel.ics`, { method: 'POST' })).status).toBe(405);
  });

  it('renders the French page with the editor name, its colours and a strict CSP', async () => {
    const res = await fetch(`${server.baseUrl}/`);
    const html = await res.text();
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1 class="widget__name">Radiologiciel Exemple</h1>');
    expect(html).toContain('--brand:#1f5f8b');
    expect(html).toContain('"locale":"fr-FR"');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'; script-src 'self';");
    expect(html).not.toMatch(/<script>/);
  });

  it('renders the page in English on request', async () => {
    const html = await (await fetch(`${server.baseUrl}/?lang=en`)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('"locale":"en-US"');
  });

  it('serves the Web Chat bundle from node_modules, gzipped when accepted', async () => {
    const res = await fetch(`${server.baseUrl}/webchat.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('createDirectLine');
  });

  it('serves the same bundle, read from the file, to a client that does not accept gzip', async () => {
    const file = readFileSync(join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'));
    const [plain, gzipped] = await Promise.all(
      ['identity', 'gzip'].map(
        (encoding) =>
          new Promise<{ headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
            get(`${server.baseUrl}/webchat.js`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
            }).on('error', reject);
          }),
      ),
    );
    expect(plain?.headers['content-encoding']).toBeUndefined();
    expect(plain?.headers['content-length']).toBe(String(file.byteLength));
    expect(plain?.headers['cache-control']).toBe('public, max-age=86400');
    expect(plain?.body.equals(file)).toBe(true);
    expect(gzipped?.headers['content-encoding']).toBe('gzip');
    expect(gzipped?.headers['content-length']).toBe(String(gzipped?.body.byteLength));
    expect(gunzipSync(gzipped?.body ?? Buffer.alloc(0)).equals(file)).toBe(true);
  });

  it('serves the public files and nothing else', async () => {
    expect((await fetch(`${server.baseUrl}/static/app.js`)).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await fetch(`${server.baseUrl}/static/logo.svg`)).headers.get('content-type')).toBe('image/svg+xml');
    expect((await fetch(`${server.baseUrl}/static/index.html`)).status).toBe(404);
    expect((await fetch(`${server.baseUrl}/static/..%2Fpackage.json`)).status).toBe(404);
  });
});
