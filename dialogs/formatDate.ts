import type { Language } from '../locales';

/** «3 décembre 2026» / «December 3, 2026» from YYYY-MM-DD, independent of the server's time zone. */
export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T12:00:00Z`),
  );
}
