import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { i18n, TFunction } from 'i18next';
import { withCompiledTemplates } from './compiledTranslator';

export const supportedLanguages = ['fr', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'fr';

type Tree = { [key: string]: string | Tree };

/** Each `locales/<lng>/<section>.json` becomes the `<section>.` branch, so every area owns its file. */
export function loadLocaleTree(language: Language, root = __dirname.replace(/dist[\\/]locales$/, 'locales')): Tree {
  const dir = join(root, language);
  const tree: Tree = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    tree[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Tree;
  }
  return tree;
}

let instance: i18n | undefined;

/** One i18next instance for the process, resources read synchronously once. */
export function getI18n(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      initAsync: false,
      lng: defaultLanguage,
      fallbackLng: defaultLanguage,
      supportedLngs: [...supportedLanguages],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
      resources: Object.fromEntries(
        supportedLanguages.map((language) => [language, { translation: loadLocaleTree(language) }]),
      ),
    });
  }
  return instance;
}

/** Maps an activity locale (`fr-FR`, `en-us`, missing) to a supported language. */
export function languageOf(locale: string | undefined): Language {
  const primary = (locale ?? '').slice(0, 2).toLowerCase();
  return (supportedLanguages as readonly string[]).includes(primary) ? (primary as Language) : defaultLanguage;
}

/** One translator per language for the process: caches keyed by translator (dialogs) then last across turns. */
const translators = new Map<Language, TFunction>();

/** The translator of a locale's language, plain strings compiled once (see compiledTranslator.ts). */
export function translatorFor(locale: string | undefined): TFunction {
  const language = languageOf(locale);
  let t = translators.get(language);
  if (!t) {
    const i18n = getI18n();
    t = withCompiledTemplates(i18n.getFixedT(language), (key) => i18n.getResource(language, 'translation', key));
    translators.set(language, t);
  }
  return t;
}
