import { adaptiveCardsOf, choicesOf } from './activityData';
import { lastOf, slotOf, startConversation } from './conversationHarness';
import { finalReply, runTranscript } from './transcript';
import { finess } from './cases/identifiers';
import { gieFromFiness, gieToFiness } from './cases/paths';

/** Teams shows three suggested actions at most: longer choice lists come as an Adaptive Card it can render. */
describe('the Teams channel (msteams)', () => {
  it('three choices stay suggested actions', async () => {
    const run = await runTranscript({ name: 'teams', channelId: 'msteams', steps: [['bonjour', 'risController']] });
    const question = finalReply(run);
    expect(question.suggestedActions?.actions.map((action) => action.title)).toEqual(
      choicesOf(question).map((choice) => choice.label),
    );
    expect(adaptiveCardsOf(question)).toEqual([]);
  });

  it('four choices come as an Adaptive Card (version 1.5 at most) whose buttons answer by their label', async () => {
    const run = await runTranscript({
      name: 'teams SA04',
      channelId: 'msteams',
      steps: [
        ['bonjour', 'risController'],
        ['libéral', 'sectorCode'],
        ['SA04', 'structureType'],
      ],
    });
    const question = finalReply(run);
    const [card, ...others] = adaptiveCardsOf(question);
    expect(others).toEqual([]);
    expect(question.suggestedActions).toBeUndefined();
    expect(Number(card?.version)).toBeLessThanOrEqual(1.5);
    const buttons = card?.actions.map((action) => ({ title: action.title, data: action.data })) ?? [];
    expect(buttons).toEqual(
      choicesOf(question).map((choice) => ({
        title: choice.label,
        data: { msteams: { type: 'imBack', value: choice.label } },
      })),
    );
    const societe = choicesOf(question).find((choice) => choice.id === 'societe');
    expect(slotOf(lastOf(await run.conversation.say(societe?.label ?? '')))).toBe('selCertifiedElsewhere');
  });

  it('the services card submits several choices at once', async () => {
    const run = await runTranscript({
      name: 'teams services',
      channelId: 'msteams',
      steps: [
        ['bonjour', 'risController'],
        ['GIE', 'sharedCertifiedRis'],
        ['non', 'services'],
      ],
    });
    const [card] = adaptiveCardsOf(finalReply(run));
    expect(Number(card?.version)).toBeLessThanOrEqual(1.5);
    expect(card?.body.flatMap((element) => element.choices ?? []).map((choice) => choice.value)).toEqual([
      'dmp',
      'insi',
      'mssante',
      'psc',
    ]);
    expect(slotOf(lastOf(await run.conversation.say('', { value: { answer: 'dmp,insi', slot: 'services' } })))).toBe(
      'pfiRelay',
    );
    expect(slotOf(lastOf(await run.conversation.say('non')))).toBe('insiMode');
  });

  it("the summary's candidates for an ambiguous change (four choices) come as an Adaptive Card too", async () => {
    const run = await runTranscript({
      name: 'teams ambiguous change',
      channelId: 'msteams',
      steps: [...gieToFiness, ...gieFromFiness(finess(1), 3), ['changer le téléphone', 'confirm']],
    });
    const question = finalReply(run);
    expect(choicesOf(question).length).toBeGreaterThan(3);
    expect(adaptiveCardsOf(question).flatMap((card) => card.actions.map((action) => action.title))).toEqual(
      choicesOf(question).map((choice) => choice.label),
    );
  });

  it('a Teams message without a locale is answered in French', async () => {
    const conversation = startConversation('fr-FR', undefined, 'msteams');
    const replies = await conversation.say('hello', { locale: undefined });
    expect(slotOf(lastOf(replies))).toBe('risController');
    expect(lastOf(replies).text).toContain('Qui est responsable du traitement du RIS');
  });
});
