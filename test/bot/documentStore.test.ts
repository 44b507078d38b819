import { contentDisposition, createMemoryDocumentStore, documentTokenPattern } from '../../bot/documentStore';

const doc = (fileName = 'Formulaire 413 – Cabinet.pdf', size = 4) => ({
  bytes: new Uint8Array(size).fill(7),
  contentType: 'application/pdf',
  fileName,
  conversationId: 'conv-1',
});

describe('memory document store', () => {
  const start = new Date('2026-03-02T09:00:00Z');
  const clock = () => {
    let time = start.getTime();
    return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
  };

  it('gives a 256-bit base64url token and a link naming the file', async () => {
    const store = createMemoryDocumentStore({ baseUrl: 'https://assistant.exemple.fr', ttlMs: 60_000 });
    const { token, url, expiresAt } = await store.put(doc());
    expect(token).toMatch(documentTokenPattern);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(url).toBe(`https://assistant.exemple.fr/documents/${token}/Formulaire%20413%20%E2%80%93%20Cabinet.pdf`);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await store.get(token)).toMatchObject({
      fileName: 'Formulaire 413 – Cabinet.pdf',
      contentType: 'application/pdf',
      conversationId: 'conv-1',
    });
  });

  it('never gives the same token twice', async () => {
    const store = createMemoryDocumentStore({ baseUrl: 'http://localhost', ttlMs: 60_000 });
    const tokens = await Promise.all(Array.from({ length: 200 }, async () => (await store.put(doc())).token));
    expect(new Set(tokens).size).toBe(200);
  });

  it('forgets documents once expired', async () => {
    const { now, advance } = clock();
    const store = createMemoryDocumentStore({ baseUrl: 'http://localhost', ttlMs: 60_000, now });
    const { token, expiresAt } = await store.put(doc());
    expect(expiresAt).toEqual(new Date(start.getTime() + 60_000));
    advance(59_999);
    expect(await store.get(token)).toBeDefined();
    advance(1);
    expect(await store.get(token)).toBeUndefined();
  });

  it.each([
    ['documents', { maxDocuments: 3 }, 1],
    ['bytes', { maxTotalBytes: 10 }, 4],
  ])('keeps memory bounded by %s, dropping the oldest', async (_bound, limits, size) => {
    const store = createMemoryDocumentStore({ baseUrl: 'http://localhost', ttlMs: 60_000, ...limits });
    const tokens = [];
    for (let i = 0; i < 5; i += 1) tokens.push((await store.put(doc(`d${i}.pdf`, size))).token);
    const kept = await Promise.all(tokens.map(async (token) => (await store.get(token)) !== undefined));
    expect(kept.slice(-2)).toEqual([true, true]);
    expect(kept.slice(0, 2)).toEqual([false, false]);
  });

  it.each(['', 'short', 'x'.repeat(43).replace(/x/g, '!'), '../../etc/passwd'])(
    'answers undefined for the malformed token %p',
    async (token) => {
      const store = createMemoryDocumentStore({ baseUrl: 'http://localhost', ttlMs: 60_000 });
      expect(await store.get(token)).toBeUndefined();
    },
  );
});

describe('contentDisposition', () => {
  it.each([
    ['formulaire.pdf', `attachment; filename="formulaire.pdf"; filename*=UTF-8''formulaire.pdf`],
    [
      'Formulaire 413 – Société.pdf',
      `attachment; filename="Formulaire 413 _ Societe.pdf"; filename*=UTF-8''Formulaire%20413%20%E2%80%93%20Soci%C3%A9t%C3%A9.pdf`,
    ],
    ['a"b\\c\r\n.ics', `attachment; filename="a_b_c__.ics"; filename*=UTF-8''a%22b%5Cc%0D%0A.ics`],
  ])('names %p safely', (fileName, header) => {
    expect(contentDisposition(fileName)).toBe(header);
  });
});
