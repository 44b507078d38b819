import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { uploadToSession, UploadError } from '../../../bot/teams/uploadSession';

interface Received {
  method: string | undefined;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Stands in for the OneDrive upload session: records each PUT, answers with the next status. */
function startUploadServer(statuses: number[]) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ method: req.method, headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(statuses[received.length - 1] ?? 500, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  const ready = new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${address && typeof address === 'object' ? address.port : 0}/upload/session-1`);
    }),
  );
  return { received, ready, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const loopback = (url: URL) => url.hostname === '127.0.0.1';

describe('uploadToSession (OneDrive upload session)', () => {
  let server: ReturnType<typeof startUploadServer>;
  afterEach(async () => server.close());

  it('PUTs a small file in one request with its Content-Range and Content-Length, and no Authorization', async () => {
    server = startUploadServer([201]);
    const bytes = randomBytes(48_213);
    await uploadToSession(await server.ready, bytes, { allowedUrl: loopback });
    expect(server.received).toHaveLength(1);
    const [put] = server.received;
    expect(put?.method).toBe('PUT');
    expect(put?.headers['content-range']).toBe('bytes 0-48212/48213');
    expect(put?.headers['content-length']).toBe('48213');
    expect(put?.headers.authorization).toBeUndefined();
    expect(put?.body.equals(bytes)).toBe(true);
  });

  it('splits a larger file into consecutive byte ranges (202 until the last one)', async () => {
    server = startUploadServer([202, 202, 201]);
    const bytes = randomBytes(2_500);
    await uploadToSession(await server.ready, bytes, { allowedUrl: loopback, chunkBytes: 1_000 });
    expect(server.received.map((put) => put.headers['content-range'])).toEqual([
      'bytes 0-999/2500',
      'bytes 1000-1999/2500',
      'bytes 2000-2499/2500',
    ]);
    expect(Buffer.concat(server.received.map((put) => put.body)).equals(bytes)).toBe(true);
  });

  it.each([
    [[500], 500, 1],
    [[202, 409], 409, 2],
  ])('stops at the first refused range (answers %j)', async (statuses, status, requests) => {
    server = startUploadServer(statuses);
    const attempt = uploadToSession(await server.ready, randomBytes(1_500), {
      allowedUrl: loopback,
      chunkBytes: 1_000,
    });
    await expect(attempt).rejects.toEqual(expect.objectContaining({ name: 'UploadError', status }));
    expect(server.received).toHaveLength(requests);
  });

  it.each(['http://127.0.0.1:9/upload', 'ftp://onedrive.example/upload', 'not a url'])(
    'sends nothing to %s by default (https only)',
    async (url) => {
      server = startUploadServer([201]);
      await server.ready;
      await expect(uploadToSession(url, randomBytes(10))).rejects.toBeInstanceOf(UploadError);
      expect(server.received).toEqual([]);
    },
  );

  it('refuses an empty file (an upload session cannot take one)', async () => {
    server = startUploadServer([201]);
    await expect(
      uploadToSession(await server.ready, new Uint8Array(0), { allowedUrl: loopback }),
    ).rejects.toBeInstanceOf(UploadError);
    expect(server.received).toEqual([]);
  });

  it('turns a connection failure into an UploadError without a status', async () => {
    server = startUploadServer([]);
    const url = await server.ready;
    await server.close();
    server = startUploadServer([]);
    await expect(uploadToSession(url, randomBytes(10), { allowedUrl: loopback })).rejects.toEqual(
      expect.objectContaining({ name: 'UploadError', status: undefined }),
    );
  });
});
