import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ManifestUtil } from '@microsoft/app-manifest';
import { config as loadDotEnv } from 'dotenv';
import JSZip from 'jszip';
import { z } from 'zod';
import { blankAsUndefined } from '../bot/config/settingSchemas';
import { developerBlock } from './developerBlock';

/** The newest non-preview schema bundled in `@microsoft/app-manifest` (v1.18 is absent, vDevPreview is a preview). */
export const manifestSchemaVersion = '1.30';
export const packageFileName = 'assistant-413-teams.zip';

/** Works from `teamsPackage/` (ts-jest) and from `dist/teamsPackage/` (the compiled packager): the sources stay in `teamsPackage/`. */
export const teamsSourceDir = __dirname.replace(/dist[\\/]teamsPackage$/, 'teamsPackage');

const guid = z.string().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'must be a GUID');

const packagingEnvSchema = z.object({
  MicrosoftAppId: z.preprocess(blankAsUndefined, guid.describe("the Azure Bot's Microsoft App ID")),
  PUBLIC_BASE_URL: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .url()
      .refine((url) => url.startsWith('https://'), 'must be the public https:// address of the bot'),
  ),
  TEAMS_APP_ID: z.preprocess(blankAsUndefined, guid.optional()),
});

/** Only what the packager rewrites is typed; the rest of the manifest is carried as written. */
const manifestSchema = z
  .object({
    id: guid,
    bots: z.array(z.object({ botId: z.string() }).passthrough()).min(1),
    validDomains: z.array(z.string()).optional(),
  })
  .passthrough();
export type TeamsManifest = z.infer<typeof manifestSchema>;

export class TeamsPackagingError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot package the Teams app:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'TeamsPackagingError';
  }
}

/** The committed manifest with this deployment's bot id, domain, developer and (optionally) app id. */
export function buildManifest(template: unknown, env: NodeJS.ProcessEnv): TeamsManifest {
  const settings = packagingEnvSchema.safeParse(env);
  const manifest = manifestSchema.safeParse(template);
  const { developer, problems: developerProblems } = developerBlock(
    manifest.success ? manifest.data.developer : undefined,
    env,
  );
  const problems = [
    ...(settings.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ...(manifest.error?.issues ?? []).map((issue) => `manifest.json ${issue.path.join('.')}: ${issue.message}`),
    ...(manifest.success ? developerProblems : []),
  ];
  if (!settings.success || !manifest.success || !developer) throw new TeamsPackagingError(problems);
  const [bot, ...otherBots] = manifest.data.bots;
  return {
    ...manifest.data,
    id: settings.data.TEAMS_APP_ID ?? manifest.data.id,
    developer,
    bots: bot ? [{ ...bot, botId: settings.data.MicrosoftAppId }, ...otherBots] : [],
    // Teams wants host names only: no scheme, path or port.
    validDomains: [new URL(settings.data.PUBLIC_BASE_URL).hostname],
  };
}

/** The schema files shipped with `@microsoft/app-manifest`, so validation works offline. */
export function bundledSchemaFile(kind: 'manifest' | 'localization'): string {
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  return join(root, 'build', 'json-schemas', 'teams', `v${manifestSchemaVersion}`, file);
}

/** The library types its arguments as its own manifest classes; here both are plain parsed JSON. */
interface SchemaValidator {
  validateManifestAgainstSchema(document: unknown, schema: unknown): Promise<string[]>;
}
const validator: SchemaValidator = ManifestUtil;

/** A `]` outside a character class, escaped: the same pattern, now also valid in Unicode mode. */
export function escapeLoneBrackets(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i] ?? '';
    if (char === '\\') {
      out += char + (pattern[i + 1] ?? '');
      i += 1;
      continue;
    }
    if (char === '[') inClass = true;
    out += char === ']' && !inClass ? '\\]' : char;
    if (char === ']') inClass = false;
  }
  return out;
}

/**
 * The bundled localisation schemas (v1.10 to v1.30) write `\b]` in patterns, which ajv compiles in Unicode
 * mode and rejects («Lone quantifier brackets»): every pattern goes through escapeLoneBrackets first.
 */
function unicodeSafe(node: unknown, key = ''): unknown {
  if (typeof node === 'string') return key === 'pattern' ? escapeLoneBrackets(node) : node;
  if (Array.isArray(node)) return node.map((item) => unicodeSafe(item));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([name, value]) => [
      key === 'patternProperties' ? escapeLoneBrackets(name) : name,
      unicodeSafe(value, name),
    ]),
  );
}

export async function schemaErrors(document: unknown, kind: 'manifest' | 'localization'): Promise<string[]> {
  const schema: unknown = JSON.parse(await readFile(bundledSchemaFile(kind), 'utf8'));
  return validator.validateManifestAgainstSchema(document, unicodeSafe(schema));
}

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

export interface PackageOptions {
  env: NodeJS.ProcessEnv;
  sourceDir?: string;
  outFile?: string;
}

/** Writes the side-loadable zip: manifest.json, en.json and both icons at the root. */
export async function packageTeamsApp(options: PackageOptions): Promise<{ outFile: string; manifest: TeamsManifest }> {
  const sourceDir = options.sourceDir ?? teamsSourceDir;
  const outFile = options.outFile ?? join(resolve(sourceDir, '..'), 'dist', packageFileName);
  const manifest = buildManifest(await readJson(join(sourceDir, 'manifest.json')), options.env);
  const english = await readJson(join(sourceDir, 'en.json'));
  const problems = [
    ...(await schemaErrors(manifest, 'manifest')).map((error) => `manifest.json${error}`),
    ...(await schemaErrors(english, 'localization')).map((error) => `en.json${error}`),
  ];
  if (problems.length > 0) throw new TeamsPackagingError(problems);

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  zip.file('en.json', `${JSON.stringify(english, null, 2)}\n`);
  for (const icon of ['color.png', 'outline.png']) zip.file(icon, await readFile(join(sourceDir, icon)));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, bytes);
  return { outFile, manifest };
}

export const exitCodes = { ok: 0, failed: 1, refused: 2 } as const;

/** `npm run teams:package`: 0 with the zip written, 2 when a setting is missing or still a placeholder, 1 otherwise. */
export async function runPackageCommand(
  options: PackageOptions,
  io: { stdout(text: string): void; stderr(text: string): void },
): Promise<number> {
  try {
    const { outFile, manifest } = await packageTeamsApp(options);
    io.stdout(`${outFile} (Teams app ${manifest.id}, version ${String(manifest.version)})`);
    return exitCodes.ok;
  } catch (error) {
    io.stderr(error instanceof Error ? error.message : String(error));
    return error instanceof TeamsPackagingError ? exitCodes.refused : exitCodes.failed;
  }
}

if (require.main === module) {
  loadDotEnv();
  void runPackageCommand(
    { env: process.env },
    { stdout: (text) => process.stdout.write(`${text}\n`), stderr: (text) => process.stderr.write(`${text}\n`) },
  ).then((code) => {
    process.exitCode = code;
  });
}
