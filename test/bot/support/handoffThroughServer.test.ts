import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';
import { RunningApp, startApp } from '../../../bot/app';
import { silentLogger } from '../../../bot/logger';
import { FakeDesk, PostedActivity } from './fakeDesk';

const agentKey = 'c3f1e0a4b5d6978812aa34bc56de78f09a1b2c3d4e5f60718293a4b5c6d7e8f9';
const conversation = 'desk-conv';
const mondayMorning = new Date('2026-11-30T09:00:00Z'); // 10:00 in Paris
const saturday = new Date('2026-12-05T10:00:00Z');

/** The GIE path up to the summary, numbers typed in forms the validators accept (issue 13's among them). */
const toSummary = [
  'bonjour',
  'un GIE',
  'non',
  'dmp et insi',
  'non',
  'les deux',
  'éditeur',
  'GIE du Morvan',
  '750 712 184',
  'Xplore Santé',
  'RIS Xplore',
  'Dupont',
  'Antoine',
  '+33 (0)6 29 00 11 22',
  'antoine.dupont@exemple.fr',
  '10 1234 5678',
  '1107-463-982',
  'Martin',
  'Jean',
  '06/67/52/93/23',
  'certificats@exemple.fr',
  'non',
];
const clearNumbers = [
  '0629001122',
  '06 29 00 11 22',
  '(0)6 29 00 11 22',
  '1012345678',
  '10 1234 5678',
  '1107463982',
  '1107-463-982',
  '0667529323',
  '06/67/52/93/23',
];

const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const slotOf = (activity: PostedActivity | undefined): unknown =>
  (activity?.channelData as { slot?: unknown } | undefined)?.slot;
const messages = (activities: PostedActivity[]) => activities.filter((activity) => activity.type === 'message');

describe('hand-off through the real server, with a fake desk on the channel', () => {
  let app: RunningApp;
  let browser: Browser | undefined;
  let desk: FakeDesk;
  let clock = mondayMorning;
  let base = '';
  let initiate: PostedActivity | undefined;
  const asAgent = { authorization: `bearer ${agentKey}` };

  beforeAll(async () => {
    app = await startApp({
      env: {
        PORT: '0',
        LOG_LEVEL: 'error',
        HANDOFF_ENABLED: 'true',
        SUPPORT_OPENING_HOURS: '1-5 09:00-18:00',
        SUPPORT_CONTACT: 'support@radiologie-logiciels.fr',
        AGENT_API_KEY: agentKey,
      },
      port: 0,
      now: () => clock,
      logger: silentLogger,
      followUpTimer: false,
    });
    base = `http://127.0.0.1:${app.port}`;
    desk = new FakeDesk(base);
    await desk.start();
    for (const text of toSummary) await desk.say(conversation, text);
  });
  afterAll(async () => {
    await browser?.close();
    await desk.stop();
    await app.close();
  });

  it('«advisor» in a message without a locale hands over: announcement, then handoff.initiate, masked the same way in value and transcript', async () => {
    const replies = await desk.say(conversation, 'advisor');
    expect(replies.map((activity) => activity.type)).toEqual(['message', 'event']);
    expect(replies[0]?.text).toContain('Je transmets votre conversation à un conseiller');
    initiate = replies[1];
    expect(initiate?.name).toBe('handoff.initiate');
    const value = initiate?.value as {
      currentSlot: string;
      answers: { slot: string; value: string }[];
      documents: unknown[];
    };
    expect(value.currentSlot).toBe('confirm');
    const answer = (slot: string) => value.answers.find((each) => each.slot === slot)?.value;
    expect([
      answer('representant.telephone'),
      answer('representant.carte'),
      answer('admin[1].carte'),
      answer('admin[1].telephone'),
    ]).toEqual(['••••••••22', '••••••••78', '••••••••82', '••••••••23']);
    expect([answer('finess'), answer('representant.email')]).toEqual(['750712184', 'antoine.dupont@exemple.fr']);
    const transcript = (initiate?.attachments?.[0] as { content: { activities: PostedActivity[] } }).content.activities;
    const texts = transcript.map((activity) => activity.text ?? '');
    expect(texts).toContain('••••••••22');
    expect(texts).toContain('••••••••23');
    expect(texts.at(-1)).toBe('advisor');
    const whole = JSON.stringify(initiate);
    expect(clearNumbers.filter((number) => whole.includes(number))).toEqual([]);
  });

  it('stays silent while the desk has the conversation, even on a conversationUpdate', async () => {
    expect(await desk.say(conversation, 'allô ?')).toEqual([]);
    expect(await desk.post(conversation, { type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] })).toEqual([]);
  });

  it('«failed»: says no advisor could take it, gives the support contact, and asks the same question again', async () => {
    const replies = await desk.status(conversation, 'failed');
    expect(replies[0]?.text).toBe(
      "Aucun conseiller n'a pu prendre votre conversation. Vous pouvez joindre le support à support@radiologie-logiciels.fr. Reprenons là où nous en étions.",
    );
    expect(slotOf(replies.at(-1))).toBe('confirm');
  });

  it('«completed» after a second request: the conversation goes on', async () => {
    expect(
      (await desk.say(conversation, 'je veux parler à un conseiller')).map(
        (activity) => activity.name ?? activity.type,
      ),
    ).toEqual(['message', 'handoff.initiate']);
    const replies = await desk.status(conversation, 'completed');
    expect(replies[0]?.text).toContain('La conversation avec le conseiller est terminée');
    expect(slotOf(replies.at(-1))).toBe('confirm');
  });

  it('outside opening hours: the desk’s hours, when to come back, and the ANS contact; no hand-off', async () => {
    clock = saturday;
    const replies = await desk.say(conversation, 'conseiller');
    clock = mondayMorning;
    expect(replies.some((activity) => activity.type === 'event')).toBe(false);
    expect(messages(replies)[0]?.text).toBe(
      'Nos conseillers ne sont pas disponibles en ce moment. Ils répondent du lundi au vendredi de 09:00 à 18:00 (heure de Paris)\u00a0: ' +
        "revenez lundi à 09:00 et écrivez «\u00a0conseiller\u00a0». D'ici là, le support de l'ANS répond à monserviceclient.certificats@esante.gouv.fr " +
        '(précisez votre structure et votre question)\u00a0; la FAQ des industriels est sur https://industriels.esante.gouv.fr. Vos réponses restent enregistrées ici.',
    );
    expect(slotOf(replies.at(-1))).toBe('confirm');
  });

  it('the JSON export: masked, in sending order, hand-off events without their transcript copy', async () => {
    const response = await fetch(`${base}/api/transcripts/${conversation}`, { headers: asAgent });
    expect(response.status).toBe(200);
    const body = await response.text();
    expect(clearNumbers.filter((number) => body.includes(number))).toEqual([]);
    const activities = (JSON.parse(body) as { activities: PostedActivity[] }).activities;
    const handoffs = activities.filter((activity) => activity.name === 'handoff.initiate');
    expect(handoffs).toHaveLength(2);
    expect(handoffs.map((activity) => activity.attachments)).toEqual([undefined, undefined]);
    const announced = activities.findIndex((activity) =>
      (activity.text ?? '').startsWith('Je transmets votre conversation'),
    );
    expect(activities.slice(announced - 1, announced + 2).map((activity) => activity.text ?? activity.name)).toEqual([
      'advisor',
      expect.stringContaining('Je transmets'),
      'handoff.initiate',
    ]);
    expect(body).toContain('750712184');
  });

  it.each([
    ['no key', 401, {}],
    ['a Basic scheme', 401, { authorization: `Basic ${agentKey}` }],
    ['the key, scheme in upper case', 404, { authorization: `BEARER ${agentKey}` }],
  ])('GET /api/transcripts/ with %s → %i (no listing)', async (_case, status, headers) => {
    expect((await fetch(`${base}/api/transcripts/`, { headers })).status).toBe(status);
  });

  it('the HTML view, read back in Chromium: as the user saw it, in Paris time, events for what they are', async () => {
    if (!existsSync(chromiumPath)) throw new Error('Chromium missing: run npm run setup:test');
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const page = await browser.newPage({ locale: 'fr-FR', extraHTTPHeaders: asAgent });
    const response = await page.goto(`${base}/api/transcripts/${conversation}/view`);
    expect(response?.status()).toBe(200);
    const rows = await page.locator('body > div').evaluateAll((divs: HTMLElement[]) =>
      divs.map((div) => ({
        kind: div.className,
        who: div.querySelector('small')?.textContent?.split(' · ')[0],
        time: div.querySelector('time')?.textContent,
        text: div.innerText,
      })),
    );
    const exported = (await (await fetch(`${base}/api/transcripts/${conversation}`, { headers: asAgent })).json()) as {
      activities: PostedActivity[];
    };
    const paris = new Intl.DateTimeFormat('fr-FR', {
      dateStyle: 'short',
      timeStyle: 'medium',
      timeZone: 'Europe/Paris',
    });
    const shown = exported.activities.filter((activity) => activity.type === 'message' || activity.type === 'event');
    expect(rows.map((row) => row.time)).toEqual(
      shown.map((activity) => paris.format(new Date(String(activity.timestamp)))),
    );
    expect(rows[0]?.time).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);

    const summary = rows.find((row) => row.text.includes('Votre situation'));
    expect(summary?.kind).toBe('bot');
    expect(await page.locator('strong', { hasText: 'Votre situation' }).count()).toBeGreaterThan(0);
    const page413 = await page.innerText('body');
    expect(page413).not.toContain('**');
    expect(clearNumbers.filter((number) => page413.includes(number))).toEqual([]);
    expect(page413).toContain('750712184');

    const events = rows.filter((row) => row.kind === 'event').map((row) => [row.who, row.text.split('\n').at(-1)]);
    expect(events).toEqual([
      ['Assistant 413', 'Conversation transmise au support (résumé et transcription)'],
      ['Support', "Aucun conseiller n'a pu prendre la conversation"],
      ['Assistant 413', 'Conversation transmise au support (résumé et transcription)'],
      ['Support', 'Le conseiller a terminé la conversation'],
    ]);
    const advisor = rows.findIndex((row) => row.kind === 'user' && row.text.endsWith('advisor'));
    expect(rows.slice(advisor, advisor + 3).map((row) => row.kind)).toEqual(['user', 'bot', 'event']);
    expect(await page.locator('a').count()).toBe(0);
  }, 60_000);
});
