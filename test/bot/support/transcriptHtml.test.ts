import type { Activity } from 'botbuilder';
import { transcriptHtml } from '../../../bot/support/transcriptHtml';
import { translatorFor } from '../../../locales';

const documentsBase = 'https://bot.exemple.fr/documents/';
const token = 'Yx3kP0b9QmZ-1t_RvW2sL8nD4cF6hJ5aE7gK9oU1iB0';
const ownDocument = `${documentsBase}${token}/formulaire-413.pdf`;
const at = (iso: string) => new Date(iso);

const message = (
  role: 'bot' | 'user',
  text: string,
  timestamp: string,
  attachments: Activity['attachments'] = [],
): Activity =>
  ({ type: 'message', from: { id: role, role }, text, timestamp: at(timestamp), attachments }) as unknown as Activity;

const render = (activities: Activity[]) =>
  transcriptHtml(translatorFor('fr'), { conversationId: 'c<1>', activities, documentsBase, timeZone: 'Europe/Paris' });

/** Every `<a href>` of the page, read back. */
const links = (html: string) => [...html.matchAll(/<a\b[^>]*href="([^"]*)"/g)].map((match) => match[1]);

describe('the transcript view', () => {
  const html = render([
    message('bot', '**Votre situation**\n- Cas 2\n\n```\nopenssl req -new\n```', '2026-11-30T09:00:05.123Z'),
    message(
      'bot',
      [
        `[Formulaire](${ownDocument})`,
        `[faux](https://bot.exemple.fr/documents.evil.fr/${token}/f.pdf)`,
        `[ailleurs](https://evil.fr/documents/${token}/f.pdf)`,
        '[x](javascript:alert(1))',
        '<https://annuaire.sante.fr>',
        '![i](https://evil.fr/p.png)',
        '<script>alert(1)</script>',
      ].join(' · '),
      '2026-07-01T22:30:00Z',
      [
        { contentType: 'application/pdf', contentUrl: ownDocument, name: 'formulaire-413.pdf' },
        { contentType: 'application/pdf', contentUrl: `https://evil.fr/documents/${token}/f.pdf`, name: 'faux.pdf' },
      ],
    ),
    message('user', `[cliquez](${ownDocument}) <b>gras</b>`, '2026-11-30T09:01:00Z', [
      { contentType: 'application/pdf', contentUrl: ownDocument, name: 'envoi.pdf' },
    ]),
  ]);

  it('renders the bot’s Markdown as the user saw it', () => {
    expect(html).toContain('<strong>Votre situation</strong>');
    expect(html).toContain('<li>Cas 2</li>');
    expect(html).toContain('<pre><code>openssl req -new\n</code></pre>');
    expect(html).not.toContain('**');
  });

  it('links only to the bot’s own documents, and only from the bot', () => {
    expect(links(html)).toEqual([ownDocument, ownDocument]);
    expect(html).not.toMatch(/href="javascript|src=/);
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain(`faux (https://bot.exemple.fr/documents.evil.fr/${token}/f.pdf)`);
  });

  it('shows the user’s words as typed, escaped', () => {
    expect(html).toContain(`[cliquez](${ownDocument}) &lt;b&gt;gras&lt;/b&gt;`);
    expect(html).toContain('<span>envoi.pdf</span>');
  });

  it('dates each line in Paris time, without milliseconds, summer and winter', () => {
    expect([...html.matchAll(/<time>([^<]*)<\/time>/g)].map((match) => match[1])).toEqual([
      '30/11/2026 10:00:05',
      '02/07/2026 00:30:00',
      '30/11/2026 10:01:00',
    ]);
    expect(html).toContain('<title>Conversation c&lt;1&gt;</title>');
  });
});
