import type { Activity } from 'botbuilder';
import { knownNumbersOf } from '../../../bot/support/knownNumbers';
import { exportActivities } from '../../../bot/support/transcripts';

const token = 'Yx3kP0b9QmZ-1t_RvW2sL8nD4cF6hJ5aE7gK9oU1iB0';
const documentUrl = `https://bot.exemple.fr/documents/${token}/formulaire-413-gie-du-morvan.pdf`;
const base = { channelId: 'directline', conversation: { id: 'c' }, timestamp: new Date('2026-11-30T09:00:00Z') };

const activities = [
  {
    ...base,
    type: 'message',
    id: '1',
    from: { id: 'u', role: 'user' },
    text: 'tél. 0629 001 122',
    value: { answer: '+33 (0)6 29 00 11 22' },
  },
  {
    ...base,
    type: 'message',
    id: '2',
    from: { id: 'bot', role: 'bot' },
    text: `Votre formulaire : ${documentUrl}`,
    attachments: [
      { contentType: 'application/pdf', contentUrl: documentUrl, name: 'formulaire-413-gie-du-morvan.pdf' },
      {
        contentType: 'application/vnd.microsoft.teams.card.file.consent',
        name: 'formulaire.pdf',
        content: { acceptContext: { token } },
      },
    ],
  },
  {
    ...base,
    type: 'event',
    id: '3',
    name: 'handoff.initiate',
    from: { id: 'u', role: 'user' },
    value: { answers: [{ slot: 'admin[1].carte', value: '••••••••82' }] },
    attachments: [
      { contentType: 'application/json', name: 'Transcript', content: { activities: [{ text: 'x'.repeat(10_000) }] } },
    ],
  },
] as unknown as Activity[];

describe('the transcript export', () => {
  const known = knownNumbersOf({ 'admin[1].carte': '1750712184' });
  const masked = exportActivities(activities, { clear: false, known });
  const clear = exportActivities(activities, { clear: true });

  it('masks numbers in texts and values, as typed in any accepted form', () => {
    expect(masked[0]).toMatchObject({ text: 'tél. ••••••••22', value: { answer: '••••••••22' } });
  });

  it('carries no live document link: neither in text, nor attachments, nor a consent card’s token', () => {
    const whole = JSON.stringify(masked);
    expect(whole).not.toContain(token);
    expect(masked[1]?.text).toBe(
      'Votre formulaire : https://bot.exemple.fr/documents/•••/formulaire-413-gie-du-morvan.pdf',
    );
    expect(masked[1]?.attachments).toEqual([
      { contentType: 'application/pdf', name: 'formulaire-413-gie-du-morvan.pdf' },
      { contentType: 'application/vnd.microsoft.teams.card.file.consent', name: 'formulaire.pdf' },
    ]);
  });

  it('exports a hand-off event without the transcript copy it carried, masked or clear', () => {
    expect(masked[2]?.attachments).toBeUndefined();
    expect(clear[2]?.attachments).toBeUndefined();
    expect(masked[2]?.value).toEqual({ answers: [{ slot: 'admin[1].carte', value: '••••••••82' }] });
    expect(JSON.stringify(clear).length).toBeLessThan(JSON.stringify(activities).length - 10_000);
  });

  it('the clear export keeps numbers and links', () => {
    expect(clear[0]?.text).toBe('tél. 0629 001 122');
    expect(clear[1]?.attachments?.[0]?.contentUrl).toBe(documentUrl);
  });
});
