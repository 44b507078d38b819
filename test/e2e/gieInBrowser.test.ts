import { existsSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { Browser, chromium, Page } from 'playwright-core';
import { RunningApp, startApp } from '../../bot/app';
import { silentLogger } from '../../bot/logger';

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

jest.setTimeout(120_000);

/** Waits for the bot's next question (its text), then answers by clicking a suggested action or typing. */
async function answer(page: Page, question: string, reply: { click?: string; type?: string }): Promise<void> {
  await page.getByText(question, { exact: false }).last().waitFor();
  if (reply.click) await page.getByRole('toolbar').getByRole('button', { name: reply.click }).last().click();
  if (reply.type) {
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(reply.type);
    await input.press('Enter');
  }
}

describe('the real bot in the local Web Chat page (Chromium)', () => {
  let app: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(chromiumPath)) throw new Error('Chromium missing: run npm run setup:test');
    app = await startApp({
      env: { PORT: '0', LOG_LEVEL: 'error', STORAGE: 'memory' },
      port: 0,
      logger: silentLogger,
      followUpTimer: false,
    });
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('completes a GIE case by clicking and typing, and the Form 413 link downloads a valid, filled PDF', async () => {
    const page = await browser.newPage({ viewport: { width: 960, height: 900 }, locale: 'fr-FR' });
    await page.goto(`http://127.0.0.1:${app.port}/`);
    await answer(page, 'Je vous aide à obtenir les certificats', { click: 'Commencer' });
    await answer(page, 'Qui est responsable du traitement du RIS', { click: 'Un GIE' });
    await answer(page, 'plusieurs GIE à la même adresse', { click: 'Non' });
    await answer(page, 'À quoi serviront les certificats', { type: 'DMP et INSi' });
    await answer(page, 'intermédiation (PFI)', { click: 'Non' });
    await answer(page, 'automatisés (traitements par lot)', { click: 'Automatisés (INSI-AUTO)' });
    await answer(page, 'administrateur technique des certificats', { click: "L'éditeur du RIS" });
    const typed: [string, string][] = [
      ['dénomination (raison sociale) du GIE', 'GIE du Morvan'],
      ['FINESS géographique du GIE', '750712184'],
      ['éditeur de votre RIS', 'Xplore Santé'],
      ['nom du logiciel', 'RIS Xplore'],
      ['Nom du représentant légal du GIE', 'Dupont'],
      ['Prénom(s) du signataire', 'Antoine'],
      ['téléphone du signataire', '06 29 00 11 22'],
      ['e-mail professionnelle du signataire', 'antoine.dupont@exemple.fr'],
      ['carte du représentant légal du GIE', '1012345678'],
      ['quel est son numéro de carte', '1107463982'],
      ['administrateur technique 1, tel qu', 'Martin'],
      ['Prénom de l', 'Jean'],
      ['Téléphone de l', '0667529323'],
      ['E-mail professionnel de l', 'certificats@exemple.fr'],
    ];
    for (const [question, text] of typed) await answer(page, question, { type: text });
    await answer(page, 'un autre administrateur technique', { click: 'Non' });
    await answer(page, 'Tout est-il correct', { click: "Oui, c'est correct" });
    const link = page.locator('a[href*="/documents/"][href*="formulaire-413"]').first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    const download = await page.evaluate(async (url) => {
      // The app listens on a free port here, so its PUBLIC_BASE_URL (port 0) is not the page's: same path.
      const response = await fetch(new URL(url ?? '').pathname);
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        bytes: Array.from(new Uint8Array(await response.arrayBuffer())),
      };
    }, href);
    expect(download.status).toBe(200);
    expect(download.type).toBe('application/pdf');
    const form = (await PDFDocument.load(Uint8Array.from(download.bytes))).getForm();
    expect(form.getTextField('structure.finess').getText()).toBe('750712184');
    expect(form.getTextField('structure.denomination').getText()).toBe('GIE du Morvan');
    expect(form.getRadioGroup('representant.qualite').getSelected()).toBe('responsableLegal');
    expect(form.getTextField('admin1.nom').getText()).toBe('MARTIN');
  });
});
