import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChannelDriver } from '../../bench/channelDriver';
import { openAnnuaire, openSources } from '../../bot/annuaire';
import { loadSettings, SettingsError } from '../../bot/config';
import { RunningApp, startApp } from '../../bot/app';
import { createLogger, silentLogger } from '../../bot/logger';
import { fakeApiKey, startFakeAnnuaire } from '../annuaire/fixtures/fhir/fakeAnnuaire';
import type { LocalServer } from '../annuaire/fixtures/fhir/localServer';

const folder = mkdtempSync(join(tmpdir(), 'assistant413-annuaire-app-'));
const missingDatabase = join(folder, 'not-imported.sqlite');
const today = () => '2026-12-01';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Starts the real server, greets, says «libéral», then looks Antoine Dupont up at the sector code. */
async function lookUpThroughServer(env: NodeJS.ProcessEnv): Promise<{ text: string; slot: unknown }> {
  const app: RunningApp = await startApp({
    env: { PORT: '0', LOG_LEVEL: 'error', ...env },
    port: 0,
    logger: silentLogger,
    followUpTimer: false,
  });
  const driver = new ChannelDriver(`http://127.0.0.1:${app.port}`, (reply) => reply.inputHint === 'expectingInput');
  try {
    await driver.start();
    await driver.say('lookup', 'bonjour');
    await driver.say('lookup', 'libéral');
    const { reply } = await driver.say('lookup', 'Antoine Dupont');
    const data: unknown = reply.channelData;
    return { text: reply.text ?? '', slot: data && typeof data === 'object' ? Reflect.get(data, 'slot') : undefined };
  } finally {
    await driver.stop();
    await app.close();
  }
}

describe('the Annuaire Santé behind the real server', () => {
  it('a fresh machine (nothing imported, no API key): the shipped sample extract answers', async () => {
    const { text, slot } = await lookUpThroughServer({ ANNUAIRE_DATABASE: missingDatabase });
    expect(slot).toBe('directory.place');
    expect(text).toContain('extrait du 28 novembre 2026');
    expect(text).toContain('SELARL IMAGERIE DU BEAUVAISIS');
  });

  describe('with an API key and no imported extract: the FHIR API', () => {
    let fake: LocalServer;
    beforeAll(async () => {
      fake = await startFakeAnnuaire();
    });
    afterAll(() => fake.close());

    it('answers, dated the day it was asked, the key sent', async () => {
      const { text, slot } = await lookUpThroughServer({
        ANNUAIRE_DATABASE: missingDatabase,
        ESANTE_API_KEY: fakeApiKey,
        ESANTE_FHIR_URL: fake.baseUrl,
      });
      expect(slot).toBe('directory.place');
      expect(text).toMatch(/consulté le \d{1,2} \S+ \d{4}/);
      expect(text).toContain('GIE IMAGERIE DU MORVAN');
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(fake.requests.every((request) => request.apiKey === fakeApiKey)).toBe(true);
    });

    it('a wrong key: the look-up says the annuaire does not answer, and the manual path goes on', async () => {
      const { text, slot } = await lookUpThroughServer({
        ANNUAIRE_DATABASE: missingDatabase,
        ESANTE_API_KEY: 'wrong-key',
        ESANTE_FHIR_URL: fake.baseUrl,
      });
      expect(slot).toBe('sectorCode');
      expect(text).toContain("L'Annuaire Santé ne répond pas");
    });
  });
});

describe('which annuaire the bot opens', () => {
  it.each([
    ['the look-up switched off', { ANNUAIRE_LOOKUP: 'off' }],
    [
      'production with nothing imported and no key: never the fictional sample',
      {
        NODE_ENV: 'production',
        MicrosoftAppId: 'app-id',
        MicrosoftAppPassword: 'secret',
        ANNUAIRE_DATABASE: missingDatabase,
      },
    ],
  ])('none: %s', async (_, env) => {
    const opened = await openAnnuaire(loadSettings(env).annuaire, today, silentLogger);
    expect(opened.directory).toBeUndefined();
    opened.close();
  });

  it('opens its sources at the first look-up, once', async () => {
    const logs: string[] = [];
    const opened = await openAnnuaire(
      loadSettings({ ANNUAIRE_DATABASE: missingDatabase }).annuaire,
      today,
      createLogger({ level: 'debug', write: (line) => logs.push(line) }),
    );
    expect(opened.directory).toBeDefined();
    expect(logs).toEqual([]);
    const found = await opened.directory?.byRpps('10003926135');
    expect(found?.ok && found.practitioners.map((practitioner) => practitioner.lastName)).toEqual(['DUPONT']);
    await opened.directory?.byName({ words: ['DUPONT'] }, 10);
    expect(logs.filter((line) => line.includes('annuaire.sources'))).toHaveLength(1);
    opened.close();
  });

  it('a failed opening is logged, the look-up answers «unavailable» (the manual path goes on), and the next one opens again', async () => {
    const logs: string[] = [];
    let attempts = 0;
    const flaky: typeof openSources = async (...args) => {
      attempts += 1;
      if (attempts === 1) throw new Error('cannot load the SQLite driver');
      return openSources(...args);
    };
    const opened = await openAnnuaire(
      loadSettings({ ANNUAIRE_DATABASE: missingDatabase }).annuaire,
      today,
      createLogger({ level: 'debug', write: (line) => logs.push(line) }),
      flaky,
    );
    expect(await opened.directory?.byRpps('10003926135')).toEqual({ ok: false, reason: 'unavailable' });
    expect(logs.filter((line) => line.includes('annuaire.openFailed'))).toHaveLength(1);
    expect((await opened.directory?.byRpps('10003926135'))?.ok).toBe(true);
    expect(attempts).toBe(2);
    opened.close();
  });

  it('refuses wrong settings, naming each', () => {
    const wrong = () => loadSettings({ ESANTE_TIMEOUT_MS: '5', ANNUAIRE_LOOKUP: 'maybe', ESANTE_FHIR_URL: 'ftp://x' });
    expect(wrong).toThrow(SettingsError);
    expect(wrong).toThrow(/ANNUAIRE_LOOKUP: [^]*ESANTE_FHIR_URL: [^]*ESANTE_TIMEOUT_MS: /);
  });
});
