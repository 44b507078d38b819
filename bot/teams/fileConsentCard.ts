import type { Activity, Attachment, FileConsentCard } from 'botbuilder';
import { languageOf, translatorFor } from '../../locales';
import { DocumentLookup, documentTokenOf, formatExpiry } from './teamsDocuments';

export const fileConsentContentType = 'application/vnd.microsoft.teams.card.file.consent';
export const fileInfoContentType = 'application/vnd.microsoft.teams.card.file.info';

/** The documents the conversation hands over (conversation.md): Form 413 and guide PDFs, the .ics reminder. */
const descriptionKeys: Readonly<Record<string, string>> = {
  'application/pdf': 'teams.consent.description.pdf',
  'text/calendar': 'teams.consent.description.calendar',
};

/** The card's contexts come back in the invoke: the token alone, so no personal data travels through Teams. */
export interface ConsentContext {
  token: string;
}

const fileNameOf = (attachment: Attachment, url: URL): string =>
  attachment.name ?? decodeURIComponent(url.pathname.split('/').pop() ?? '');

const markdownLink = (label: string, url: string): string => `[${label.replace(/([\\[\]])/g, '\\$1')}](${url})`;

/**
 * Teams cannot show a file attachment from a link: each document becomes a file consent card (the user
 * accepts, the bot uploads to their OneDrive), and the text keeps the plain links for those who decline.
 */
export async function toTeamsFileConsent(
  activity: Partial<Activity>,
  lookup: DocumentLookup,
): Promise<Partial<Activity>> {
  const attachments = activity.attachments ?? [];
  const documents = await Promise.all(
    attachments.map(async (attachment) => {
      const token = descriptionKeys[attachment.contentType] ? documentTokenOf(attachment.contentUrl) : undefined;
      return token && attachment.contentUrl
        ? { url: attachment.contentUrl, token, found: await lookup(token) }
        : undefined;
    }),
  );
  if (documents.every((document) => document === undefined)) return activity;

  const t = translatorFor(activity.locale);
  const converted: Attachment[] = [];
  const links: string[] = [];
  let expiresAt: Date | undefined;
  attachments.forEach((attachment, index) => {
    const document = documents[index];
    if (!document) {
      converted.push(attachment);
      return;
    }
    // A document already gone from the store gets neither card nor link: both could only fail.
    if (!document.found) return;
    const name = fileNameOf(attachment, new URL(document.url));
    links.push(`- ${markdownLink(name, document.url)}`);
    if (!expiresAt || document.found.expiresAt < expiresAt) expiresAt = document.found.expiresAt;
    const context: ConsentContext = { token: document.token };
    const card: FileConsentCard = {
      description: t(descriptionKeys[attachment.contentType] ?? ''),
      sizeInBytes: document.found.sizeInBytes,
      acceptContext: context,
      declineContext: context,
    };
    converted.push({ contentType: fileConsentContentType, name, content: card });
  });

  const fallback = expiresAt
    ? [t('teams.consent.links', { expiresAt: formatExpiry(expiresAt, languageOf(activity.locale)) }), ...links].join(
        '\n',
      )
    : '';
  const text = [activity.text, fallback].filter(Boolean).join('\n\n');
  return { ...activity, text, attachments: converted };
}
