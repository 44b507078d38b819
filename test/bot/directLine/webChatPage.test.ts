import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { createMemoryDocumentStore } from '../../../bot/documentStore';
import { parseEditorProfile } from '../../../bot/editorProfile';
import { freePort } from '../../helpers/freePort';
import { QuestionBot } from '../../helpers/testBots';
import { startTestServer, TestServer } from '../../helpers/testServer';
import exampleProfile from '../../../editor-profile.example.json';

const chromiumPath = '/usr/bin/chromium';
// These flags keep Chromium from reaching for the network it does not have here.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

jest.setTimeout(30_000);

describe('Web Chat page in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error('Chromium missing: run npm run setup:test');
    const port = await freePort();
    const documents = createMemoryDocumentStore({ baseUrl: `http://127.0.0.1:${port}`, ttlMs: 60_000 });
    server = await startTestServer({
      bot: new QuestionBot(documents),
      documents,
      port,
      editorProfile: parseEditorProfile(exampleProfile),
    });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers a suggested action, shows a typed message and its reply, and downloads the PDF', async () => {
    const page = await browser.newPage({ viewport: { width: 960, height: 900 }, locale: 'fr-FR' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(server.baseUrl);
    await page
      .getByRole('paragraph')
      .filter({ hasText: 'Votre RIS envoie-t-il ses comptes rendus au DMP par une PFI ?' })
      .waitFor();
    await page.getByRole('toolbar', { name: 'Actions suggérées' }).getByRole('button', { name: 'Oui' }).click();
    const link = page.locator('a[href*="/documents/"]');
    await link.waitFor();

    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill('Cabinet de radiologie du Rouennais');
    await input.press('Enter');
    await page
      .getByRole('paragraph')
      .filter({ hasText: 'Bien reçu : Cabinet de radiologie du Rouennais. Est-ce exact ?' })
      .waitFor();

    const href = await link.getAttribute('href');
    const head = await page.evaluate(async (url) => {
      const res = await fetch(url ?? '');
      const bytes = new Uint8Array(await res.arrayBuffer());
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        magic: String.fromCharCode(...bytes.slice(0, 5)),
      };
    }, href);
    expect(head).toEqual({ status: 200, type: 'application/pdf', magic: '%PDF-' });
    // The user's messages are marked sent only once echoed back with their clientActivityID.
    await page.locator('.webchat__activity-status--sending').waitFor({ state: 'detached' });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: join(__dirname, '..', '..', '..', 'docs', 'webchat.png') });
    expect(problems).toEqual([]);
  });
});
