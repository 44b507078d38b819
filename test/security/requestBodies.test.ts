import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { EchoBot } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';

const tokenSchema = z.object({ token: z.string() });

interface Sent {
  status: number;
  body: string;
  /** Body bytes written before the answer came (or all of them). */
  written: number;
}

/**
 * A chunked request (as `curl -H 'Transfer-Encoding: chunked'` sends it) that keeps writing `chunk` until
 * the server answers or `total` bytes are out, then reads the answer.
 */
function sendChunked(url: string, headers: Record<string, string>, chunk: Buffer, total: number): Promise<Sent> {
  return new Promise((resolve, reject) => {
    let written = 0;
    let answered = false;
    const req = request(url, { method: 'POST', headers: { ...headers, 'Transfer-Encoding': 'chunked' } }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (data: Buffer) => chunks.push(data));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), written });
        req.destroy();
      });
    });
    // The server may cut the connection once it has answered: what happens to the rest of the upload is moot.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && written < total) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const multipart = (boundary: string, size: number) =>
  Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="1MB.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.alloc(size, 0x41),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

// Issue 13 §1: multipart bodies were written to the temp dir on every route, before any authentication.
describe('request bodies: JSON only, in memory, bounded', () => {
  let server: TestServer;
  let folder: string;
  const previousTmp = process.env.TMPDIR;
  beforeAll(async () => {
    // An empty temp dir of this test's own: any upload written to disk would land here.
    folder = mkdtempSync(join(tmpdir(), 'assistant413-uploads-'));
    process.env.TMPDIR = folder;
    server = await startTestServer({
      bot: new EchoBot(),
      env: { MAX_BODY_BYTES: '4096', NOTIFY_API_KEY: 'notify-key-0123456789-0123456789-01' },
    });
  });
  afterAll(async () => {
    await server.close();
    process.env.TMPDIR = previousTmp;
    rmSync(folder, { recursive: true, force: true });
  });

  it.each(['/api/messages', '/v3/directline/tokens/generate', '/v3/directline/conversations', '/health', '/nowhere'])(
    'answers a chunked 1 MB multipart upload to %s with 415 and writes nothing to disk',
    async (path) => {
      const boundary = 'x-boundary';
      const sent = await sendChunked(
        `${server.baseUrl}${path}`,
        { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
        multipart(boundary, 1024 * 1024),
        1024 * 1024,
      );
      expect(sent.status).toBe(415);
      expect(JSON.parse(sent.body)).toEqual({
        error: { code: 'UnsupportedMediaType', message: 'Only application/json bodies are accepted.' },
      });
      expect(readdirSync(folder)).toEqual([]);
    },
  );

  it.each([
    [
      'form-encoded (what any web page can post without asking)',
      'application/x-www-form-urlencoded',
      'type=message&text=bonjour',
    ],
    ['text/plain (idem)', 'text/plain', '{"type":"message"}'],
    ['octet-stream', 'application/octet-stream', 'xxxx'],
    ['no content type', '', '{"type":"message"}'],
  ])('answers a %s body with 415', async (_case, contentType, body) => {
    const headers: Record<string, string> = contentType ? { 'Content-Type': contentType } : {};
    const res = await fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers,
      body: contentType ? body : Buffer.from(body),
    });
    expect(res.status).toBe(415);
  });

  it('answers a chunked JSON body with 413 as soon as it passes the limit, without reading the rest', async () => {
    const total = 16 * 1024 * 1024;
    const sent = await sendChunked(
      `${server.baseUrl}/api/messages`,
      { 'Content-Type': 'application/json' },
      Buffer.alloc(16 * 1024, 0x20),
      total,
    );
    expect(sent.status).toBe(413);
    expect(sent.written).toBeLessThan(total);
  });

  it('still reads a JSON body within the limit, chunked or not', async () => {
    const token = await fetch(`${server.baseUrl}/v3/directline/tokens/generate`, { method: 'POST' });
    expect(token.status).toBe(200);
    const started = await sendChunked(
      `${server.baseUrl}/v3/directline/conversations`,
      {
        'Content-Type': 'application/json; charset=utf-8',
        Authorization: `Bearer ${tokenSchema.parse(await token.json()).token}`,
      },
      Buffer.from('{"locale":"fr-FR"}'),
      1,
    );
    expect(started.status).toBe(201);
  });
});
