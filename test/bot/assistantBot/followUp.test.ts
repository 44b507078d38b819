import { ConversationReference, TurnContext } from 'botbuilder';
import { createFollowUpNotifier } from '../../../bot/followUp/notifier';
import { gieConversation } from '../../../bench/gieScript';
import { startBot, slot } from './botHarness';

describe('follow-up after the documents', () => {
  it('records the sending, comes back when the answer is due (not before), walks the admin through, then schedules the renewal', async () => {
    let today = '2026-11-30';
    const bot = startBot({ today: () => today });
    let last = await bot.say('bonjour');
    for (const text of gieConversation(1).slice(1)) last = await bot.say(text);
    expect(slot(last.at(-1))).toBe('followUp.offer');
    expect((last.at(-1)?.channelData as { outcome?: { kind: string } }).outcome?.kind).toBe('form413');
    expect(slot((await bot.say('oui')).at(-1))).toBe('followUp.sentOn');
    expect(slot((await bot.say('27/11/2026')).at(-1))).toBe('followUp.reference');
    const scheduled = await bot.say('DS-2026-413');
    expect(scheduled.at(-1)?.text).toContain('2 décembre 2026');

    const notifier = createFollowUpNotifier({
      store: bot.followUpStore,
      appId: '',
      bot: bot.bot,
      today: () => today,
      onError: (error) => {
        throw error;
      },
      // TestAdapter has no continueConversation: a proactive turn is an event through the same middleware.
      adapter: {
        continueConversationAsync: (
          _appId: string,
          reference: Partial<ConversationReference>,
          logic: (context: TurnContext) => Promise<void>,
        ) =>
          bot.adapter.processActivity(
            TurnContext.applyConversationReference({ type: 'event', name: 'ContinueConversation' }, reference, true),
            logic,
          ),
      },
    });
    today = '2026-12-01';
    expect(await notifier.processDue()).toEqual({ sent: 0, failed: 0 });
    expect(bot.drain()).toEqual([]);
    today = '2026-12-02';
    expect(await notifier.processDue()).toEqual({ sent: 1, failed: 0 });
    const proactive = bot.drain();
    expect(slot(proactive.at(-1))).toBe('followUp.ansConfirmed');
    expect(proactive.at(-1)?.text).toContain('DS-2026-413');
    expect(await notifier.processDue()).toEqual({ sent: 0, failed: 0 });

    let step = await bot.say('oui');
    const stepTexts: string[] = [];
    for (let guard = 0; slot(step.at(-1)) === 'walkthrough.step' && guard < 40; guard += 1) {
      stepTexts.push(step.at(-1)?.text ?? '');
      step = await bot.say('fait');
    }
    expect(stepTexts.some((text) => text.includes('INSI-AUTO') && text.includes('exactement'))).toBe(true);
    expect(stepTexts.some((text) => text.includes('INSI-MANU'))).toBe(true);
    expect(step.at(-1)?.text).toMatch(/Bravo/);
    const record = await bot.followUpStore.get('Convo1');
    expect(record?.followUps).toEqual([{ kind: 'renewal', dueOn: '2029-10-03', status: 'pending' }]);
  });

  it('stops when asked', async () => {
    const bot = startBot();
    let last = await bot.say('bonjour');
    for (const text of gieConversation(2).slice(1)) last = await bot.say(text);
    await bot.say('oui');
    await bot.say("aujourd'hui");
    await bot.say('pas de référence');
    expect((await bot.say('arrêter le suivi')).at(-1)?.text).toMatch(/suivi est arrêté/);
    expect((await bot.followUpStore.get('Convo1'))?.followUps).toEqual([]);
    expect(last.length).toBeGreaterThan(0);
  });
});
