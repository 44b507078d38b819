import type { Activity, Attachment } from 'botbuilder';
import { fileConsentContentType, toTeamsFileConsent } from '../../../bot/teams/fileConsentCard';
import type { DocumentLookup } from '../../../bot/teams/teamsDocuments';

const base = 'https://assistant413.exemple.fr/bot';
const token = (n: number) => `${String(n).repeat(43)}`.slice(0, 43);
const link = (n: number, fileName: string) => `${base}/documents/${token(n)}/${encodeURIComponent(fileName)}`;
const expiresAt = new Date('2026-03-12T13:05:00Z');
const sizes: Record<string, number> = { [token(1)]: 48_213, [token(2)]: 91_004, [token(3)]: 1_203, [token(4)]: 10 };
const lookup: DocumentLookup = async (t) =>
  sizes[t] === undefined ? undefined : { sizeInBytes: sizes[t] ?? 0, expiresAt };

const adaptiveCard: Attachment = {
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.5', body: [] },
};

function outcome(locale = 'fr-FR'): Partial<Activity> {
  return {
    type: 'message',
    locale,
    text: 'Voici votre formulaire 413, prêt à signer.',
    attachments: [
      {
        contentType: 'application/pdf',
        contentUrl: link(1, 'formulaire-413-GIE du Morvan.pdf'),
        name: 'formulaire-413-GIE du Morvan.pdf',
      },
      {
        contentType: 'application/pdf',
        contentUrl: link(2, 'guide-implementation-certificats.pdf'),
        name: 'guide-implementation-certificats.pdf',
      },
      {
        contentType: 'text/calendar',
        contentUrl: link(3, 'rappel-renouvellement-certificats.ics'),
        name: 'rappel-renouvellement-certificats.ics',
      },
    ],
    channelData: { outcome: { kind: 'form413', forms: 1 } },
  };
}

describe('toTeamsFileConsent', () => {
  it('replaces each document with a file consent card: name, description, size, the token alone as context', async () => {
    const converted = await toTeamsFileConsent(outcome(), lookup);
    expect(converted.attachments).toEqual([
      {
        contentType: fileConsentContentType,
        name: 'formulaire-413-GIE du Morvan.pdf',
        content: {
          description: "Document PDF de votre demande. Autorisez l'envoi pour l'enregistrer dans votre OneDrive.",
          sizeInBytes: 48_213,
          acceptContext: { token: token(1) },
          declineContext: { token: token(1) },
        },
      },
      expect.objectContaining({
        name: 'guide-implementation-certificats.pdf',
        content: expect.objectContaining({ sizeInBytes: 91_004 }),
      }),
      expect.objectContaining({
        name: 'rappel-renouvellement-certificats.ics',
        content: expect.objectContaining({
          description: expect.stringContaining('Rappel de renouvellement'),
          acceptContext: { token: token(3) },
        }),
      }),
    ]);
  });

  it('keeps the outcome text, then the plain links and until when they work', async () => {
    const converted = await toTeamsFileConsent(outcome(), lookup);
    expect(converted.text).toBe(
      [
        'Voici votre formulaire 413, prêt à signer.',
        '',
        "Vous pouvez aussi télécharger vos documents avec ces liens, valables jusqu'au 12 mars 2026 à 14:05 :",
        `- [formulaire-413-GIE du Morvan.pdf](${link(1, 'formulaire-413-GIE du Morvan.pdf')})`,
        `- [guide-implementation-certificats.pdf](${link(2, 'guide-implementation-certificats.pdf')})`,
        `- [rappel-renouvellement-certificats.ics](${link(3, 'rappel-renouvellement-certificats.ics')})`,
      ].join('\n'),
    );
  });

  it('leaves channelData (the outcome contract), locale and input hint as they were', async () => {
    const original = { ...outcome(), inputHint: 'acceptingInput' };
    const converted = await toTeamsFileConsent(original, lookup);
    expect(converted.channelData).toEqual({ outcome: { kind: 'form413', forms: 1 } });
    expect(converted).toMatchObject({ locale: 'fr-FR', inputHint: 'acceptingInput', type: 'message' });
    expect(original.attachments?.map((attachment) => attachment.contentType)).toEqual([
      'application/pdf',
      'application/pdf',
      'text/calendar',
    ]);
  });

  it('speaks English to an English client', async () => {
    const converted = await toTeamsFileConsent(outcome('en-GB'), lookup);
    expect(converted.text).toContain('valid until 12 March 2026 at 14:05:');
    expect(converted.attachments?.[0]?.content).toMatchObject({
      description: 'A PDF document of your request. Allow the upload to save it to your OneDrive.',
    });
  });

  it('puts no personal data in the card contexts: only the token', async () => {
    const converted = await toTeamsFileConsent(outcome(), lookup);
    const contexts = (converted.attachments ?? []).flatMap((attachment) => [
      attachment.content.acceptContext,
      attachment.content.declineContext,
    ]);
    expect(contexts.map((context) => Object.keys(context))).toEqual(Array(6).fill(['token']));
  });

  it.each<[string, Partial<Activity>]>([
    ['a question with suggested actions', { type: 'message', text: 'Qui est responsable du traitement du RIS ?' }],
    ['an Adaptive Card question', { type: 'message', attachments: [adaptiveCard] }],
    [
      'a PDF from another site',
      {
        type: 'message',
        attachments: [{ contentType: 'application/pdf', contentUrl: 'https://esante.gouv.fr/guide.pdf' }],
      },
    ],
    [
      'an image from the store',
      { type: 'message', attachments: [{ contentType: 'image/png', contentUrl: link(1, 'x.png') }] },
    ],
  ])('returns %s unchanged', async (_name, activity) => {
    expect(await toTeamsFileConsent(activity, lookup)).toBe(activity);
  });

  it('keeps the other attachments in place around the cards', async () => {
    const activity = { ...outcome(), attachments: [adaptiveCard, ...(outcome().attachments ?? []).slice(0, 1)] };
    const converted = await toTeamsFileConsent(activity, lookup);
    expect(converted.attachments?.map((attachment) => attachment.contentType)).toEqual([
      adaptiveCard.contentType,
      fileConsentContentType,
    ]);
  });

  it('drops a document already gone from the store: no card and no dead link', async () => {
    const activity = outcome();
    activity.attachments?.push({ contentType: 'application/pdf', contentUrl: link(9, 'perdu.pdf'), name: 'perdu.pdf' });
    const converted = await toTeamsFileConsent(activity, lookup);
    expect(converted.attachments).toHaveLength(3);
    expect(converted.text).not.toContain('perdu.pdf');
  });

  it('names a file from its link when the attachment has no name, and escapes brackets in link labels', async () => {
    const fileName = 'formulaire-413-[Cabinet] 2.pdf';
    const converted = await toTeamsFileConsent(
      { type: 'message', attachments: [{ contentType: 'application/pdf', contentUrl: link(4, fileName) }] },
      lookup,
    );
    expect(converted.attachments?.[0]?.name).toBe(fileName);
    expect(converted.text).toContain(`- [formulaire-413-\\[Cabinet\\] 2.pdf](${link(4, fileName)})`);
  });
});
