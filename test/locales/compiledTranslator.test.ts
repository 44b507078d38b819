import { getI18n, loadLocaleTree, supportedLanguages, translatorFor } from '../../locales';
import { withCompiledTemplates } from '../../locales/compiledTranslator';

type Tree = { [key: string]: string | Tree };

/** Every string of a locale tree, by its dotted key. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([name, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${name}`, value]] : leaves(value, `${prefix}${name}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/{{-?\s*([\w.$]+)[^}]*}}/g)].map((match) => match[1] ?? '');

describe.each(supportedLanguages)('the translator of %s (templates compiled once)', (language) => {
  const i18next = getI18n().getFixedT(language);
  const t = translatorFor(language);
  const strings = leaves(loadLocaleTree(language));

  it("gives i18next's text for every string of the locale files, with values typed by a user", () => {
    expect(strings.length).toBeGreaterThan(500);
    for (const [key, text] of strings) {
      // Values with what a template would read as syntax: they are shown as typed, never interpreted.
      const values = Object.fromEntries(
        placeholders(text).map((name, index) => [name, index % 2 ? 42 : `« ${name} » {{x}} $t(a) ${key}`]),
      );
      expect({ key, text: t(key, values) }).toEqual({ key, text: i18next(key, values) });
      expect({ key, text: t(key) }).toEqual({ key, text: i18next(key) });
    }
  });

  it('leaves plurals, context, defaults, missing values and unknown keys to i18next', () => {
    const plural = strings.find(([key]) => key.endsWith('_other'));
    expect(plural).toBeDefined();
    const base = plural?.[0].replace(/_other$/, '') ?? '';
    for (const count of [0, 1, 2, 5])
      expect(t(base, { count, total: 3, number: 1, editors: 'X', days: 60 })).toBe(
        i18next(base, { count, total: 3, number: 1, editors: 'X', days: 60 }),
      );
    const withValue = strings.find(([, text]) => placeholders(text).length > 0);
    expect(t(withValue?.[0] ?? '', {})).toBe(i18next(withValue?.[0] ?? '', {}));
    expect(t('no.such.key')).toBe(i18next('no.such.key'));
    expect(t('no.such.key', { defaultValue: 'par défaut' })).toBe('par défaut');
  });
});

describe('withCompiledTemplates', () => {
  const resources: Record<string, string> = {
    hello: 'Bonjour {{name}}, vous avez {{ count2 }} ans.',
    plain: 'Au revoir.',
    nested: 'Voir $t(plain)',
    formatted: '{{value, number}} %',
  };
  const calls: unknown[][] = [];
  const underlying = (...args: unknown[]): unknown => (calls.push(args), 'i18next');
  const t = withCompiledTemplates(
    Object.assign(underlying, { lng: 'fr' }) as unknown as Parameters<typeof withCompiledTemplates>[0],
    (key) => resources[key],
  );

  beforeEach(() => (calls.length = 0));

  it('answers plain strings itself, with the values as given', () => {
    expect(t('hello', { name: 'Mme Lefèvre', count2: 42 })).toBe('Bonjour Mme Lefèvre, vous avez 42 ans.');
    expect(t('plain')).toBe('Au revoir.');
    expect(calls).toEqual([]);
    expect(Reflect.get(t, 'lng')).toBe('fr');
  });

  it.each([
    ['a missing value', 'hello', { name: 'A' }],
    ['a value that is not text', 'hello', { name: ['A'], count2: 1 }],
    ['a plural', 'hello', { name: 'A', count2: 1, count: 2 }],
    ['nesting', 'nested', undefined],
    ['a format', 'formatted', { value: 2 }],
    ['an unknown key', 'missing', undefined],
    ['values for a string without any', 'plain', { name: 'A', lng: 'en' }],
  ])('hands %s to i18next', (_label, key, options) => {
    expect(t(key, options)).toBe('i18next');
    expect(calls).toHaveLength(1);
  });
});
