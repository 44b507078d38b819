import { textOf } from './activityData';
import { finess } from './cases/identifiers';
import { admin } from './cases/people';
import { gieToFiness, signatorySteps } from './cases/paths';
import { startConversation } from './conversationHarness';

describe('titles are not names (issue 12, point 4)', () => {
  const toSignatory = [...gieToFiness, [finess(1)], ['Xplore'], ['Xplore RIS']];

  it('«Docteur» alone is refused; «Dr Bertrand» is stored as BERTRAND and the bot says it removed «Dr»', async () => {
    const conversation = startConversation();
    for (const [says] of toSignatory) await conversation.say(says ?? '');
    const titleOnly = await conversation.say('Docteur');
    expect(textOf(titleOnly)).toContain('est un titre, pas un nom');
    expect(await conversation.answers()).not.toHaveProperty('representant.nom');
    const named = await conversation.say('Dr Bertrand');
    expect(textOf(named)).toContain("J'ai retiré «\u00a0Dr\u00a0»");
    expect(await conversation.answers()).toHaveProperty(['representant.nom'], 'BERTRAND');
  });

  it('a technical administrator: «M. Martin» becomes MARTIN, «Madame Marie» MARIE', async () => {
    const conversation = startConversation();
    const steps = [...toSignatory, ...signatorySteps('admin[1].carte'), [admin(1).carte]];
    for (const [says] of steps) await conversation.say(says ?? '');
    await conversation.say('M. Martin');
    await conversation.say('Madame Marie');
    expect(await conversation.answers()).toMatchObject({ 'admin[1].nom': 'MARTIN', 'admin[1].prenom': 'MARIE' });
  });
});
