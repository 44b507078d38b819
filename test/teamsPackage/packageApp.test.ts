import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { z } from 'zod';
import {
  buildManifest,
  escapeLoneBrackets,
  manifestSchemaVersion,
  packageTeamsApp,
  runPackageCommand,
  schemaErrors,
  teamsSourceDir,
} from '../../teamsPackage/packageApp';

// Node 20.19+ can require() an ES module, Jest cannot: @microsoft/app-manifest loads strip-bom 5, one such module.
jest.mock(
  require.resolve('strip-bom', { paths: [require.resolve('@microsoft/app-manifest')] }),
  () => (text: string) => text.replace(/^\uFEFF/, ''),
);

const botId = 'c0ffee00-1234-4abc-8def-0123456789ab';
const developer = {
  TEAMS_DEVELOPER_NAME: 'Radiologie Logiciels SAS',
  TEAMS_DEVELOPER_WEBSITE_URL: 'https://www.radiologie-logiciels.fr/assistant-413',
  TEAMS_DEVELOPER_PRIVACY_URL: 'https://www.radiologie-logiciels.fr/confidentialite',
  TEAMS_DEVELOPER_TERMS_URL: 'https://www.radiologie-logiciels.fr/conditions',
};
const env = { MicrosoftAppId: botId, PUBLIC_BASE_URL: 'https://assistant413.exemple.fr/bot', ...developer };
const schemaRoot = join(
  dirname(require.resolve('@microsoft/app-manifest/package.json')),
  'build',
  'json-schemas',
  'teams',
);

const command = z.object({ title: z.string(), description: z.string() });
const manifestSchema = z.object({
  id: z.string(),
  name: z.object({ short: z.string(), full: z.string() }),
  description: z.object({ short: z.string(), full: z.string() }),
  developer: z.object({ name: z.string(), websiteUrl: z.string(), privacyUrl: z.string(), termsOfUseUrl: z.string() }),
  icons: z.object({ color: z.string(), outline: z.string() }),
  localizationInfo: z.object({
    defaultLanguageTag: z.string(),
    additionalLanguages: z.array(z.object({ languageTag: z.string(), file: z.string() })),
  }),
  bots: z.array(
    z.object({
      botId: z.string(),
      scopes: z.array(z.string()),
      supportsFiles: z.boolean(),
      commandLists: z.array(z.object({ commands: z.array(command) })),
    }),
  ),
  validDomains: z.array(z.string()),
});
const localizationSchema = z.record(z.string());

/** Width, height and RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what ImageMagick's PNG32 writes). */
function decodePng(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const [width, height, depthAndType] = [png.readUInt32BE(16), png.readUInt32BE(20), png.readUInt16BE(24)];
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  const px = (x: number, y: number) => (x < 0 || y < 0 ? 0 : (pixels[y * stride + x] ?? 0));
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const [a, b, c] = [px(x - 4, y), px(x, y - 1), px(x - 4, y - 1)];
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, Math.floor((a + b) / 2), paeth][filter ?? 0] ?? 0;
      pixels[y * stride + x] = ((raw[y * (stride + 1) + 1 + x] ?? 0) + predictor) & 0xff;
    }
  }
  return { width, height, depthAndType, pixels };
}

describe('npm run teams:package', () => {
  let dir = '';
  let zip: JSZip;
  const json = async (name: string): Promise<unknown> => JSON.parse((await zip.file(name)?.async('string')) ?? 'null');
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'teams-package-'));
    const { outFile } = await packageTeamsApp({ env, outFile: join(dir, 'assistant-413-teams.zip') });
    zip = await JSZip.loadAsync(await readFile(outFile));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('puts the manifest, its English strings and both icons at the root of the zip', () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('uses the newest non-preview manifest schema shipped in @microsoft/app-manifest', () => {
    const versions = readdirSync(schemaRoot)
      .filter((name) => /^v1\.\d+$/.test(name))
      .map((name) => Number(name.slice(3)));
    expect(`1.${Math.max(...versions)}`).toBe(manifestSchemaVersion);
  });

  it('passes the bundled schemas: manifest and English localisation file', async () => {
    expect(await schemaErrors(await json('manifest.json'), 'manifest')).toEqual([]);
    expect(await schemaErrors(await json('en.json'), 'localization')).toEqual([]);
  });

  it('declares a personal bot that supports files, with this deployment’s bot id and domain, in French first', async () => {
    const manifest = manifestSchema.parse(await json('manifest.json'));
    expect(manifest.bots).toEqual([expect.objectContaining({ botId, scopes: ['personal'], supportsFiles: true })]);
    expect(manifest.validDomains).toEqual(['assistant413.exemple.fr']);
    expect(manifest.name.short).toBe('Assistant 413');
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'fr-FR',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(manifest.developer).toEqual({
      name: developer.TEAMS_DEVELOPER_NAME,
      websiteUrl: developer.TEAMS_DEVELOPER_WEBSITE_URL,
      privacyUrl: developer.TEAMS_DEVELOPER_PRIVACY_URL,
      termsOfUseUrl: developer.TEAMS_DEVELOPER_TERMS_URL,
    });
    expect(Object.values(manifest.icons).every((icon) => zip.file(icon) !== null)).toBe(true);
  });

  it('translates every localisable string of the manifest in en.json', async () => {
    const manifest = manifestSchema.parse(await json('manifest.json'));
    const english = localizationSchema.parse(await json('en.json'));
    const french: Record<string, string> = {
      'name.short': manifest.name.short,
      'name.full': manifest.name.full,
      'description.short': manifest.description.short,
      'description.full': manifest.description.full,
    };
    manifest.bots[0]?.commandLists[0]?.commands.forEach((each, index) => {
      french[`bots[0].commandLists[0].commands[${index}].title`] = each.title;
      french[`bots[0].commandLists[0].commands[${index}].description`] = each.description;
    });
    const { $schema, ...strings } = english;
    expect($schema).toContain(`/v${manifestSchemaVersion}/`);
    expect(Object.keys(strings).sort()).toEqual(Object.keys(french).sort());
    const untranslated = Object.keys(french).filter((key) => key !== 'name.short' && strings[key] === french[key]);
    expect(untranslated).toEqual([]);
  });

  it.each([
    ['color.png', 192],
    ['outline.png', 32],
  ])('%s is a %i-pixel square RGBA PNG', async (name, size) => {
    const png = decodePng((await zip.file(name)?.async('nodebuffer')) ?? Buffer.alloc(0));
    expect([png.width, png.height, png.depthAndType]).toEqual([size, size, 0x0806]);
  });

  it('outline.png is white on transparent only', async () => {
    const { pixels } = decodePng((await zip.file('outline.png')?.async('nodebuffer')) ?? Buffer.alloc(0));
    const rgba = Array.from({ length: pixels.length / 4 }, (_, i) => [...pixels.subarray(i * 4, i * 4 + 4)]);
    expect(rgba.filter(([r, g, b, a]) => (a ?? 0) > 0 && (r !== 255 || g !== 255 || b !== 255))).toEqual([]);
    expect(rgba.some(([, , , a]) => a === 0) && rgba.some(([, , , a]) => a === 255)).toBe(true);
  });
});

describe('the packager refuses to build a package Teams would reject', () => {
  const template = async (): Promise<unknown> =>
    JSON.parse(await readFile(join(teamsSourceDir, 'manifest.json'), 'utf8'));

  it.each([
    ['no bot id', { PUBLIC_BASE_URL: env.PUBLIC_BASE_URL }, 'MicrosoftAppId'],
    ['a bot id that is not a GUID', { ...env, MicrosoftAppId: 'assistant-413' }, 'MicrosoftAppId: must be a GUID'],
    ['a blank bot id', { ...env, MicrosoftAppId: ' ' }, 'MicrosoftAppId'],
    ['no public address', { MicrosoftAppId: botId }, 'PUBLIC_BASE_URL'],
    [
      'a plain http address',
      { ...env, PUBLIC_BASE_URL: 'http://localhost:3978' },
      'PUBLIC_BASE_URL: must be the public https://',
    ],
    ['an app id that is not a GUID', { ...env, TEAMS_APP_ID: '413' }, 'TEAMS_APP_ID: must be a GUID'],
  ])('with %s', async (_name, variables, problem) => {
    const dir = await mkdtemp(join(tmpdir(), 'teams-refused-'));
    const outFile = join(dir, 'assistant-413-teams.zip');
    await expect(packageTeamsApp({ env: variables, outFile })).rejects.toThrow(problem);
    expect(existsSync(outFile)).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    [
      'no developer settings: the shipped «Éditions Exemple»',
      { MicrosoftAppId: botId, PUBLIC_BASE_URL: env.PUBLIC_BASE_URL },
      'TEAMS_DEVELOPER_NAME: developer.name is still the placeholder «Éditions Exemple»',
    ],
    [
      'the name only: the shipped exemple.fr pages',
      {
        ...env,
        TEAMS_DEVELOPER_WEBSITE_URL: '',
        TEAMS_DEVELOPER_PRIVACY_URL: ' ',
        TEAMS_DEVELOPER_TERMS_URL: undefined,
      },
      'TEAMS_DEVELOPER_WEBSITE_URL: developer.websiteUrl is still the placeholder «https://exemple.fr/assistant-413»',
    ],
    [
      'an example.com privacy page',
      { ...env, TEAMS_DEVELOPER_PRIVACY_URL: 'https://www.example.com/privacy' },
      'TEAMS_DEVELOPER_PRIVACY_URL: developer.privacyUrl is still the placeholder',
    ],
    [
      'plain http terms',
      { ...env, TEAMS_DEVELOPER_TERMS_URL: 'http://www.radiologie-logiciels.fr/conditions' },
      'TEAMS_DEVELOPER_TERMS_URL: must be an https:// address',
    ],
    [
      'a name over 32 characters',
      { ...env, TEAMS_DEVELOPER_NAME: 'Radiologie Logiciels et Services Associés SAS' },
      'TEAMS_DEVELOPER_NAME: at most 32 characters',
    ],
  ])('refuses %s, with exit code 2 and what to set', async (_name, variables, problem) => {
    const dir = await mkdtemp(join(tmpdir(), 'teams-placeholder-'));
    const outFile = join(dir, 'assistant-413-teams.zip');
    const stderr: string[] = [];
    const code = await runPackageCommand(
      { env: variables, outFile },
      { stdout: () => undefined, stderr: (text) => stderr.push(text) },
    );
    expect({ code, stderr: stderr.join('\n') }).toEqual({ code: 2, stderr: expect.stringContaining(problem) });
    expect(existsSync(outFile)).toBe(false);
    await rm(dir, { recursive: true, force: true });
  });

  it('packages with the developer settings, exit code 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'teams-developer-'));
    const stdout: string[] = [];
    const code = await runPackageCommand(
      { env, outFile: join(dir, 'app.zip') },
      { stdout: (text) => stdout.push(text), stderr: () => undefined },
    );
    expect({ code, stdout }).toEqual({ code: 0, stdout: [expect.stringContaining('app.zip (Teams app ')] });
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['https://assistant413.exemple.fr', 'assistant413.exemple.fr'],
    ['https://abc123-3978.euw.devtunnels.ms:443/', 'abc123-3978.euw.devtunnels.ms'],
    ['https://bots.exemple.fr:8443/assistant-413/', 'bots.exemple.fr'],
  ])('takes the valid domain from PUBLIC_BASE_URL=%s as the host name %s', async (url, host) => {
    expect(buildManifest(await template(), { ...env, PUBLIC_BASE_URL: url }).validDomains).toEqual([host]);
  });

  it('keeps the committed app id unless TEAMS_APP_ID replaces it', async () => {
    const committed = z.object({ id: z.string() }).parse(await template()).id;
    expect(buildManifest(await template(), env).id).toBe(committed);
    const other = '5d2f4b1e-0c3a-4e8f-9b6d-7a1c2e3f4a5b';
    expect(buildManifest(await template(), { ...env, TEAMS_APP_ID: other }).id).toBe(other);
  });

  const required = { 'name.short': 'A', 'description.short': 'B', 'description.full': 'C' };
  it.each([
    ['a missing description', { 'name.short': 'A' }, "must have required property 'description.short'"],
    [
      'a command title over 128 characters',
      { ...required, 'bots[0].commandLists[0].commands[0].title': 'x'.repeat(129) },
      'commands[0].title must NOT have more than 128',
    ],
    [
      'a key that localises nothing',
      { ...required, 'bots[0].commands[0].title': 'x' },
      'must NOT have additional properties',
    ],
  ])('the localisation schema is really applied: %s is refused', async (_name, strings, problem) => {
    expect((await schemaErrors(strings, 'localization')).join('\n')).toContain(problem);
  });

  it.each([
    ['^activities\\[\\b([0-9]|1[0-2])\\b]\\.x$', '^activities\\[\\b([0-9]|1[0-2])\\b\\]\\.x$'],
    ['^bots\\[0\\]\\.name$', '^bots\\[0\\]\\.name$'],
    ['^[a-z]]$', '^[a-z]\\]$'],
  ])('escapeLoneBrackets(%s) is %s', (pattern, escaped) => {
    expect(escapeLoneBrackets(pattern)).toBe(escaped);
    expect(() => new RegExp(escaped, 'u')).not.toThrow();
  });

  it('the committed manifest, placeholder bot id included, passes the schema as it is', async () => {
    expect(await schemaErrors(await template(), 'manifest')).toEqual([]);
  });
});
