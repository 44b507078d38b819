import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const root = join(__dirname, '..', '..', 'locales');

type Tree = { [key: string]: string | string[] | Tree };
const leaf = z.union([z.string(), z.array(z.string())]);
const tree: z.ZodType<Tree> = z.lazy(() => z.record(z.union([leaf, tree])));

function load(language: string, file: string): Tree {
  return tree.parse(JSON.parse(readFileSync(join(root, language, file), 'utf8')));
}

/** Every leaf by its dotted path; an array is one leaf (i18next returns it whole with returnObjects). */
function leaves(node: Tree, prefix = ''): Map<string, string | string[]> {
  const found = new Map<string, string | string[]>();
  for (const [key, value] of Object.entries(node)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string' || Array.isArray(value)) found.set(path, value);
    else for (const [inner, innerValue] of leaves(value, path)) found.set(inner, innerValue);
  }
  return found;
}

/** The `{{name}}` placeholders a leaf uses; for an array, those of all its items. */
function placeholders(value: string | string[]): string[] {
  const text = Array.isArray(value) ? value.join('\n') : value;
  return [...new Set((text.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? []).map((match) => match.replace(/[{}\s]/g, '')))].sort();
}

const referenceFiles = readdirSync(join(root, 'fr'))
  .filter((name) => name.endsWith('.json'))
  .sort();

describe('English locale files match the French reference', () => {
  it('finds the reference files', () => {
    expect(referenceFiles.length).toBeGreaterThan(0);
  });

  describe.each(referenceFiles)('%s', (file) => {
    it('exists in locales/en', () => {
      expect(existsSync(join(root, 'en', file))).toBe(true);
    });

    it('has exactly the same leaf key paths', () => {
      const french = [...leaves(load('fr', file)).keys()].sort();
      const english = [...leaves(load('en', file)).keys()].sort();
      expect(english).toEqual(french);
    });

    it('uses the same placeholders in every leaf', () => {
      const english = leaves(load('en', file));
      const mismatches = [...leaves(load('fr', file))]
        .filter(([path]) => english.has(path))
        .map(([path, value]) => ({ path, fr: placeholders(value), en: placeholders(english.get(path) ?? '') }))
        .filter(({ fr, en }) => fr.join(',') !== en.join(','));
      expect(mismatches).toEqual([]);
    });

    it('has no empty text in either language', () => {
      const empty = ['fr', 'en'].flatMap((language) =>
        [...leaves(load(language, file))]
          .filter(([, value]) =>
            Array.isArray(value) ? value.length === 0 || value.some((item) => item.trim() === '') : value.trim() === '',
          )
          .map(([path]) => `${language}:${path}`),
      );
      expect(empty).toEqual([]);
    });
  });
});

describe('number words', () => {
  // The answer parser reads a number word's value from its position in the list.
  it.each(['fr', 'en'])('%s lists the words for 1 to 20 in order', (language) => {
    expect(leaves(load(language, 'choices.json')).get('numbers')).toHaveLength(20);
  });

  it('English words are one … twenty', () => {
    const numbers = leaves(load('en', 'choices.json')).get('numbers');
    expect(Array.isArray(numbers) ? [numbers[0], numbers[9], numbers[19]] : []).toEqual(['one', 'ten', 'twenty']);
  });
});
