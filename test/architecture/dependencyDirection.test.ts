import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = join(__dirname, '..', '..');

/** Every `.ts` file under a source folder. */
const sourcesOf = (folder: string): string[] =>
  readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(root, folder, file));

const specifier =
  /\b(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

/** What a file imports: the project's top folder (`dialogs/`) for a relative path, else the package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(specifier)].map((match) => {
    const path = match.slice(1).find((group) => group !== undefined) ?? '';
    if (!path.startsWith('.'))
      return path.startsWith('@') ? path.split('/').slice(0, 2).join('/') : (path.split('/')[0] ?? path);
    const [top] = relative(root, resolve(dirname(file), path)).split(sep);
    return `${top ?? ''}/`;
  });
}

/** Each import of `folder` that is in `forbidden`, as `file → import`. */
const forbiddenImports = (folder: string, forbidden: readonly string[]): string[] =>
  sourcesOf(folder).flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden.some((name) => target === name || target.startsWith(`${name}/`)))
      .map((target) => `${relative(root, file)} → ${target}`),
  );

const sdkAndRuntimes = [
  'botbuilder',
  'botbuilder-dialogs',
  'botbuilder-core',
  'botframework-connector',
  'i18next',
  'pdf-lib',
  'node-forge',
  'restify',
];

describe('dependencies point inwards (style.md: the conversation declares its ports, bot/ plugs them in)', () => {
  it.each([
    ['documents', ['dialogs/', 'bot/']],
    ['annuaire', ['dialogs/', 'bot/']],
    ['dialogs', ['bot/']],
    ['rules', ['dialogs/', 'bot/', 'documents/', 'annuaire/', 'locales/', ...sdkAndRuntimes]],
  ])('%s/ imports none of %j', (folder, forbidden) => {
    expect(forbiddenImports(folder, forbidden)).toEqual([]);
  });

  it('sees the imports it looks for (bot/ plugs dialogs/, documents/ and annuaire/ in; dialogs/ speak botbuilder)', () => {
    expect(forbiddenImports('bot', ['dialogs/', 'documents/', 'annuaire/'])).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ → dialogs\/$/),
        expect.stringMatching(/ → documents\/$/),
        expect.stringMatching(/ → annuaire\/$/),
      ]),
    );
    expect(forbiddenImports('dialogs', ['botbuilder'])).not.toEqual([]);
  });
});
