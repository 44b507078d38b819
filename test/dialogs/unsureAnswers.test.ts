import { choicesOf } from './activityData';
import { toPfiRelay, unsureCases } from './cases/unsureAnswers';
import { lastOf, startConversation } from './conversationHarness';
import { asTable, playCase } from './transcript';

describe('an answer the user does not know is never recorded as a choice', () => {
  it.each(asTable(unsureCases))('%s', playCase);

  it('pfiRelay: «aucune idée, l’éditeur s’en occupe» stores nothing; «non» then is stored', async () => {
    const conversation = startConversation();
    for (const [says] of toPfiRelay) await conversation.say(says);
    const replies = await conversation.say("aucune idée, l'éditeur s'en occupe");
    expect(choicesOf(lastOf(replies)).map((choice) => choice.id)).toEqual(['yes', 'no']);
    expect(await conversation.answers()).not.toHaveProperty('pfiRelay');
    await conversation.say('non');
    expect(await conversation.answers()).toMatchObject({ pfiRelay: 'no', services: ['dmp'] });
  });
});
