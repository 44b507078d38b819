import type { Language } from '../../locales';

/** What the Teams flow needs from the bot's document store (bot/documentStore.ts has this shape). */
export interface TeamsDocumentStore {
  get(token: string): Promise<TeamsStoredDocument | undefined>;
}

export interface TeamsStoredDocument {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  conversationId: string;
  expiresAt: Date;
}

/** What a consent card shows before the user accepts: the size, and until when the plain link works. */
export type DocumentLookup = (token: string) => Promise<{ sizeInBytes: number; expiresAt: Date } | undefined>;

export const lookupIn =
  (documents: TeamsDocumentStore): DocumentLookup =>
  async (token) => {
    const doc = await documents.get(token);
    return doc ? { sizeInBytes: doc.bytes.byteLength, expiresAt: doc.expiresAt } : undefined;
  };

/** Only the scalar facts of bot/logger.ts: never a file name, text or token. */
export interface TeamsLogger {
  warn(msg: string, fields?: Readonly<Record<string, string | number | boolean | undefined>>): void;
}

/** `/documents/<token>/<fileName>` at the end of a link from the store, whatever PUBLIC_BASE_URL's path. */
export function documentTokenOf(contentUrl: string | undefined): string | undefined {
  if (!contentUrl || !URL.canParse(contentUrl)) return undefined;
  return /\/documents\/([A-Za-z0-9_-]{16,128})\/[^/]+$/.exec(new URL(contentUrl).pathname)?.[1];
}

/** «12 mars 2026 à 14:05»: links expire at a time of day, shown in the practices' time zone. */
export function formatExpiry(expiresAt: Date, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(expiresAt);
}
