import type { Language } from './index';

/** `--lang en` read on its own, so that even a bad command line is answered in the user's language. */
export function requestedLanguage(argv: string[]): Language {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = argv[index]?.startsWith('--lang=') ? argv[index]?.slice('--lang='.length) : argv[index + 1];
  return index >= 0 && value === 'en' ? 'en' : 'fr';
}
