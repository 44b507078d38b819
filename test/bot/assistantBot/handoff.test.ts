import { startBot, slot } from './botHarness';

describe('hand-off to a person', () => {
  it('sends handoff.initiate with the masked transcript and a summary, stays silent, then resumes', async () => {
    const bot = startBot();
    await bot.say('bonjour');
    await bot.say('un GIE');
    const invalid = await bot.say('06 29 00 11 22');
    expect(slot(invalid.at(-1))).toBe('sharedCertifiedRis');
    const replies = await bot.say('je voudrais parler à un conseiller');
    const event = replies.find((activity) => activity.type === 'event');
    expect(event?.name).toBe('handoff.initiate');
    const summary = event?.value as {
      currentSlot: string;
      answers: { slot: string; value: string }[];
      validationErrors: { slot: string; attempts: number }[];
    };
    expect(summary.currentSlot).toBe('sharedCertifiedRis');
    expect(summary.answers).toEqual([{ slot: 'risController', value: 'Un GIE' }]);
    expect(summary.validationErrors).toEqual([{ slot: 'sharedCertifiedRis', attempts: 1 }]);
    const transcript = event?.attachments?.[0]?.content as { activities: { text?: string }[] };
    const texts = transcript.activities.map((activity) => activity.text ?? '');
    expect(texts).toContain('un GIE');
    expect(texts).toContain('••••••••22');
    expect(texts.join(' ')).not.toContain('06 29 00 11 22');
    expect(replies.find((activity) => activity.type === 'message')?.text).toMatch(/conseiller/);

    expect(await bot.say('allô ?')).toEqual([]);

    const resumed = await bot.event('handoff.status', { state: 'completed' });
    expect(resumed[0]?.text).toMatch(/terminée/);
    expect(slot(resumed.at(-1))).toBe('sharedCertifiedRis');
    expect(slot((await bot.say('non')).at(-1))).toBe('services');
  });

  it('after the end of the path, «conseiller» still hands the conversation to a person, with the outcome reached', async () => {
    const bot = startBot();
    await bot.say('bonjour');
    await bot.say("L'établissement de santé");
    const ended = await bot.say('non');
    expect(ended.at(-1)?.text).toMatch(/service informatique/);
    const replies = await bot.say('conseiller');
    const event = replies.find((activity) => activity.type === 'event');
    expect(event?.name).toBe('handoff.initiate');
    expect((event?.value as { outcomeSoFar?: string }).outcomeSoFar).toBe('establishment');
    expect(replies.find((activity) => activity.type === 'message')?.text).toMatch(
      /Je transmets votre conversation à un conseiller/,
    );
    expect(await bot.say('allô ?')).toEqual([]);
  });

  it('outside opening hours gives the desk’s hours, when to come back and the ANS support instead, and goes on', async () => {
    // Friday 19:30 in Paris: back on Monday.
    const bot = startBot({
      openingHours: '1-5 09:00-12:30, 1-5 14:00-18:00',
      now: () => new Date('2026-12-04T18:30:00Z'),
    });
    await bot.say('bonjour');
    const replies = await bot.say('je veux un humain');
    expect(replies.some((activity) => activity.type === 'event')).toBe(false);
    expect(replies[0]?.text).toContain(
      'Ils répondent du lundi au vendredi de 09:00 à 12:30 et du lundi au vendredi de 14:00 à 18:00 (heure de Paris)',
    );
    expect(replies[0]?.text).toContain('revenez lundi à 09:00');
    expect(replies[0]?.text).toContain('monserviceclient.certificats@esante.gouv.fr');
    expect(slot(replies.at(-1))).toBe('risController');
  });
});
