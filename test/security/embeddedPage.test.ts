import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { Browser, chromium } from 'playwright-core';
import { z } from 'zod';
import { createMemoryDocumentStore } from '../../bot/documentStore';
import { freePort } from '../helpers/freePort';
import { QuestionBot } from '../helpers/testBots';
import { startTestServer, TestServer } from '../helpers/testServer';

const tokenSchema = z.object({ token: z.string() });

const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const secret = 'editor-backend-secret-0123456789abcdef';
const question = 'Votre RIS envoie-t-il ses comptes rendus au DMP par une PFI ?';

jest.setTimeout(60_000);

/**
 * An editor's support site: its backend exchanges the Direct Line secret for a conversation token on each
 * page view and embeds the bot's page with the token in the fragment (never in a request).
 */
async function startEditorSite(botUrl: string, port: number): Promise<{ server: Server; port: number }> {
  const server = createServer(
    (_req, res) =>
      void (async () => {
        const generated = await fetch(`${botUrl}/v3/directline/tokens/generate`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${secret}` },
        });
        const { token } = tokenSchema.parse(await generated.json());
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><title>Support</title><iframe title="Assistant 413" src="${botUrl}/#token=${encodeURIComponent(token)}" style="width:800px;height:700px"></iframe>`,
        );
      })(),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { server, port };
}

// Issue 13 §3 and §9: with a secret the page gets its token from the editor's backend; the editor's site may frame it.
describe("the Web Chat page embedded in an editor's site (Chromium)", () => {
  let bot: TestServer;
  let editor: { server: Server; port: number };
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error('Chromium missing: run npm run setup:test');
    const botPort = await freePort();
    const editorPort = await freePort();
    const documents = createMemoryDocumentStore({ baseUrl: `http://127.0.0.1:${botPort}`, ttlMs: 60_000 });
    bot = await startTestServer({
      bot: new QuestionBot(documents),
      documents,
      port: botPort,
      env: { DIRECT_LINE_SECRET: secret, WEBCHAT_FRAME_ANCESTORS: `http://127.0.0.1:${editorPort}` },
    });
    editor = await startEditorSite(bot.baseUrl, editorPort);
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => editor?.server.close(resolve));
    await bot?.close();
  });

  it("works in a frame of the allowed site, with the token its backend obtained; the token leaves the frame's address", async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    await page.goto(`http://127.0.0.1:${editor.port}/`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('paragraph').filter({ hasText: question }).waitFor();
    const frameUrl =
      page
        .frames()
        .find((candidate) => candidate !== page.mainFrame())
        ?.url() ?? '';
    expect(frameUrl).toBe(`${bot.baseUrl}/`);
    await page.close();
  });

  it('is refused in a frame of any other site', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    const blocked = new Promise<boolean>((resolve) =>
      page.on('console', (message) => message.text().includes('frame-ancestors') && resolve(true)),
    );
    // Same server, other origin (localhost is not 127.0.0.1 for the browser).
    await page.goto(`http://localhost:${editor.port}/`);
    expect(await blocked).toBe(true);
    await page.close();
  });

  it('opened directly, without a token from the backend, cannot start a conversation', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    await page.goto(`${bot.baseUrl}/`);
    await page.locator('.widget__status--error').waitFor();
    expect(await page.locator('#status').textContent()).not.toBe('');
    await page.close();
  });
});
