import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'dotenv';
import { loadSettings, settingsVariables, SettingsError } from '../../../bot/config';
import { developerVariables } from '../../../teamsPackage/developerBlock';

const problemsOf = (env: NodeJS.ProcessEnv): string[] => {
  try {
    loadSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
};

/** The server's own part of the settings. */
const loadConfig = (env: NodeJS.ProcessEnv) => loadSettings(env).server;

describe('loadSettings: the server', () => {
  it('has local defaults: multi-tenant without app id, port 3978, links to localhost', () => {
    expect(loadConfig({})).toEqual({
      microsoftApp: { type: 'MultiTenant', id: '', password: '', tenantId: undefined },
      port: 3978,
      publicBaseUrl: 'http://localhost:3978',
      logLevel: 'info',
      documentTtlMinutes: 1440,
      editorProfileFile: undefined,
      nodeEnv: 'development',
      maxBodyBytes: 262144,
      publicBaseUrlSet: false,
      trustProxyHops: 0,
      frameAncestors: [],
      directLine: {
        enabled: true,
        secret: undefined,
        tokensPerMinute: 30,
        conversationsPerMinute: 10,
        idleMinutes: 1440,
        maxConversations: 1000,
        maxStreamsPerConversation: 3,
      },
    });
  });

  it('switches the local Direct Line off in production unless asked for, and then wants its secret', () => {
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' };
    expect(loadConfig(production).directLine.enabled).toBe(false);
    const secret = 's'.repeat(32);
    const enabled = loadConfig({
      ...production,
      LOCAL_DIRECT_LINE: 'on',
      DIRECT_LINE_SECRET: secret,
      PUBLIC_BASE_URL: 'https://bot.exemple.fr',
    });
    expect(enabled.directLine).toMatchObject({ enabled: true, secret });
    expect(loadConfig({ LOCAL_DIRECT_LINE: 'off' }).directLine.enabled).toBe(false);
  });

  it('reads the embedding sites, separated by spaces or commas', () => {
    expect(
      loadConfig({ WEBCHAT_FRAME_ANCESTORS: 'https://support.editeur.fr, https://*.ris.fr:8443' }).frameAncestors,
    ).toEqual(['https://support.editeur.fr', 'https://*.ris.fr:8443']);
  });

  it('reads every variable, treats blank values as unset and trims the base URL', () => {
    const config = loadConfig({
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: 'app-id',
      MicrosoftAppPassword: 'password',
      MicrosoftAppTenantId: 'tenant',
      PORT: '8080',
      PUBLIC_BASE_URL: 'https://assistant.exemple.fr/',
      LOG_LEVEL: 'debug',
      DOCUMENT_TTL_MINUTES: '60',
      EDITOR_PROFILE_FILE: ' ./editor.json ',
      NODE_ENV: 'production',
      MAX_BODY_BYTES: '',
    });
    expect(config).toMatchObject({
      microsoftApp: { type: 'SingleTenant', id: 'app-id', tenantId: 'tenant' },
      port: 8080,
      publicBaseUrl: 'https://assistant.exemple.fr',
      logLevel: 'debug',
      documentTtlMinutes: 60,
      editorProfileFile: './editor.json',
      maxBodyBytes: 262144,
    });
  });

  it('derives the default public base URL from PORT', () => {
    expect(loadConfig({ PORT: '4000' }).publicBaseUrl).toBe('http://localhost:4000');
  });

  it.each([
    ['an unknown app type', { MicrosoftAppType: 'Anonymous' }, 'MicrosoftAppType'],
    [
      'SingleTenant without tenant',
      { MicrosoftAppType: 'SingleTenant', MicrosoftAppId: 'a', MicrosoftAppPassword: 'p' },
      'MicrosoftAppTenantId: required when MicrosoftAppType=SingleTenant',
    ],
    [
      'UserAssignedMSI without app id',
      { MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 't' },
      'MicrosoftAppId: required',
    ],
    ['an app id without password', { MicrosoftAppId: 'a' }, 'MicrosoftAppPassword: required'],
    ['production without app id', { NODE_ENV: 'production' }, 'MicrosoftAppId: required when NODE_ENV=production'],
    // Issue 13 §2: each of these used to start in development mode, unauthenticated.
    [
      'NODE_ENV=Production',
      { NODE_ENV: 'Production' },
      'NODE_ENV: must be exactly one of development, production, test',
    ],
    ['NODE_ENV=prod', { NODE_ENV: 'prod' }, 'NODE_ENV: must be exactly one of development, production, test'],
    [
      'NODE_ENV=" production"',
      { NODE_ENV: ' production' },
      'NODE_ENV: must be exactly one of development, production, test',
    ],
    [
      'a local Direct Line in production without its secret',
      {
        NODE_ENV: 'production',
        MicrosoftAppId: 'a',
        MicrosoftAppPassword: 'p',
        LOCAL_DIRECT_LINE: 'on',
        PUBLIC_BASE_URL: 'https://bot.exemple.fr',
      },
      'DIRECT_LINE_SECRET: required when LOCAL_DIRECT_LINE=on and NODE_ENV=production',
    ],
    [
      'a local Direct Line in production without an https address',
      {
        NODE_ENV: 'production',
        MicrosoftAppId: 'a',
        MicrosoftAppPassword: 'p',
        LOCAL_DIRECT_LINE: 'on',
        DIRECT_LINE_SECRET: 's'.repeat(32),
      },
      'PUBLIC_BASE_URL: an https address is required',
    ],
    [
      'a short Direct Line secret',
      { DIRECT_LINE_SECRET: 'secret' },
      'DIRECT_LINE_SECRET: must be at least 32 characters',
    ],
    ['LOCAL_DIRECT_LINE=yes', { LOCAL_DIRECT_LINE: 'yes' }, 'LOCAL_DIRECT_LINE'],
    ['a zero rate limit', { DIRECT_LINE_TOKENS_PER_MINUTE: '0' }, 'DIRECT_LINE_TOKENS_PER_MINUTE'],
    [
      'an embedding site that injects a directive',
      { WEBCHAT_FRAME_ANCESTORS: "https://editeur.fr; script-src 'unsafe-inline'" },
      'WEBCHAT_FRAME_ANCESTORS',
    ],
    [
      'an embedding site with a path',
      { WEBCHAT_FRAME_ANCESTORS: 'https://editeur.fr/support' },
      'WEBCHAT_FRAME_ANCESTORS',
    ],
    ['an embedding site in plain http', { WEBCHAT_FRAME_ANCESTORS: 'http://editeur.fr' }, 'WEBCHAT_FRAME_ANCESTORS'],
    ['a port that is not a number', { PORT: 'http' }, 'PORT'],
    ['a port out of range', { PORT: '70000' }, 'PORT'],
    ['a base URL without scheme', { PUBLIC_BASE_URL: 'assistant.exemple.fr' }, 'PUBLIC_BASE_URL'],
    [
      'a base URL in ftp',
      { PUBLIC_BASE_URL: 'ftp://exemple.fr' },
      'PUBLIC_BASE_URL: must start with http:// or https://',
    ],
    ['an unknown log level', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
    ['a zero TTL', { DOCUMENT_TTL_MINUTES: '0' }, 'DOCUMENT_TTL_MINUTES'],
    ['a fractional body limit', { MAX_BODY_BYTES: '1.5' }, 'MAX_BODY_BYTES'],
  ])('refuses %s, naming the variable', (_case, env, expected) => {
    const problems = problemsOf(env);
    const variable = expected.split(':')[0] ?? expected;
    expect(problems).toContainEqual(expect.stringContaining(expected));
    expect(problems.every((problem) => problem.startsWith(`${variable}: `))).toBe(true);
  });

  it('lists every wrong variable at once, readably', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud', NODE_ENV: 'production' })).toThrow(
      /^Invalid configuration:\n {2}- PORT: .+\n {2}- LOG_LEVEL: .+\n {2}- MicrosoftAppId: required when NODE_ENV=production/,
    );
  });
});

describe('loadSettings: one error for every part', () => {
  it('names each wrong setting of the server, the Direct Line, storage, support and the annuaire in one message', () => {
    const env = {
      PORT: 'x',
      NODE_ENV: 'production',
      LOCAL_DIRECT_LINE: 'on',
      DIRECT_LINE_MAX_STREAMS: '0',
      STORAGE: 'azureBlob',
      SUPPORT_OPENING_HOURS: '1-5 09:00-25:99',
      SUPPORT_TIME_ZONE: 'Europe/Lutece',
      AGENT_API_KEY: 'short',
      ESANTE_TIMEOUT_MS: '5',
    };
    const thrown = (() => {
      try {
        loadSettings(env);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(thrown).toBeInstanceOf(SettingsError);
    const message = thrown instanceof Error ? thrown.message : '';
    for (const expected of [
      'PORT: ',
      'DIRECT_LINE_MAX_STREAMS: ',
      'SUPPORT_OPENING_HOURS: «1-5 09:00-25:99»',
      'SUPPORT_TIME_ZONE: not an IANA time zone',
      'AGENT_API_KEY: must be at least 32 characters',
      'ESANTE_TIMEOUT_MS: ',
      'MicrosoftAppId: required when NODE_ENV=production',
      'DIRECT_LINE_SECRET: required when LOCAL_DIRECT_LINE=on and NODE_ENV=production',
      'PUBLIC_BASE_URL: an https address is required',
      'AZURE_STORAGE_CONNECTION_STRING: required when STORAGE=azureBlob',
    ]) {
      expect(message).toContain(`\n  - ${expected}`);
    }
    expect(message.split('\n')).toHaveLength(1 + 10);
  });

  it("reads the storage, support and annuaire settings beside the server's", () => {
    const settings = loadSettings({
      STORAGE: 'azureBlob',
      AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
      HANDOFF_ENABLED: 'true',
      ANNUAIRE_LOOKUP: 'off',
    });
    expect(settings.operations).toMatchObject({
      storage: { kind: 'azureBlob', stateContainer: 'assistant413-state', timeoutMs: 3000 },
      handoffEnabled: true,
      supportTimeZone: 'Europe/Paris',
    });
    expect(settings.annuaire).toMatchObject({ enabled: false, sampleAllowed: true, fhir: undefined });
  });
});

describe('.env.example', () => {
  const example = parse(readFileSync(join(__dirname, '..', '..', '..', '.env.example')));

  it('documents every variable the server reads', () => {
    expect(Object.keys(example)).toEqual(expect.arrayContaining([...settingsVariables]));
  });

  it('holds nothing but what the server or the Teams packager reads', () => {
    // The packager's other variables are the server's (MicrosoftAppId, PUBLIC_BASE_URL) or optional (TEAMS_APP_ID).
    const read = new Set<string>([...settingsVariables, ...developerVariables]);
    expect(Object.keys(example).filter((name) => !read.has(name))).toEqual([]);
  });

  it('is a valid local configuration as it stands', () => {
    expect(loadConfig(example)).toMatchObject({
      port: 3978,
      publicBaseUrl: 'http://localhost:3978',
      microsoftApp: { id: '' },
    });
    expect(loadSettings(example).operations.storage).toEqual({
      kind: 'memory',
      idleMinutes: 20_160,
      maxConversations: 2000,
    });
  });
});
