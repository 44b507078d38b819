import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const frDir = join(__dirname, '..', '..', 'locales', 'fr');
const nbsp = '\u00a0';

/** Every French string of the locale files, with where it is: arrays and nested keys included. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`));
  return [];
}

const all = readdirSync(frDir)
  .filter((name) => name.endsWith('.json'))
  .flatMap((file) => strings(JSON.parse(readFileSync(join(frDir, file), 'utf8')), file.replace(/\.json$/, '')));

/** French typography (Lexique des règles typographiques de l'Imprimerie nationale): a no-break space before « : ; ! ? » and inside « ». */
const faults: [string, RegExp][] = [
  ['an ordinary space before a double punctuation mark', /[ \t\u202f][:;!?]/],
  ['« not followed by a no-break space', /«(?!\u00a0)/],
  ['» not preceded by a no-break space', /(?<!\u00a0)»/],
  ['a no-break space next to another space', /\u00a0[ \u00a0]|[ \u00a0]\u00a0/],
];

describe('French locale typography', () => {
  it('reads the French strings', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  it.each(faults)('no string has %s', (_fault, pattern) => {
    expect(all.filter(([, text]) => pattern.test(text)).map(([path]) => path)).toEqual([]);
  });

  it('catches the faults it is meant to catch', () => {
    for (const wrong of ['Nom : X', 'Prêt ?', '« envoyé »', `«${nbsp}envoyé »`]) {
      expect(faults.some(([, pattern]) => pattern.test(wrong))).toBe(true);
    }
    expect(
      faults.some(([, pattern]) => pattern.test(`Nom${nbsp}: «${nbsp}X${nbsp}» ?`.replace(' ?', `${nbsp}?`))),
    ).toBe(false);
  });
});
