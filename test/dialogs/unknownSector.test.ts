import { choicesOf, textOf } from './activityData';
import { opening } from './cases/paths';
import { lastOf, startConversation } from './conversationHarness';

describe('«je ne sais pas» to the sector code (issue 12, point 8)', () => {
  it('asks the structure type without «ne suffit pas à trancher», offering only what «libéral» left: société or cabinet', async () => {
    const conversation = startConversation();
    for (const [says] of [...opening, ['libéral']]) await conversation.say(says);
    const replies = await conversation.say('je ne sais pas');
    const question = lastOf(replies);
    expect(textOf(replies)).not.toContain('ne suffit pas à trancher');
    expect(textOf(replies)).toContain('Quelle est la structure du radiologue');
    expect(choicesOf(question).map((choice) => choice.id)).toEqual(['societe', 'cabinet']);
    // Without a directory, «je ne sais pas» again: help on the two types, whom to ask, the same question.
    const again = await conversation.say('je ne sais pas');
    expect(textOf(again)).toContain('inscrite au registre du commerce');
    expect(textOf(again)).toContain("l'extrait Kbis indiquent la forme de la structure");
    expect(choicesOf(lastOf(again)).map((choice) => choice.id)).toEqual(['societe', 'cabinet']);
    expect(await conversation.answers()).toEqual({ risController: 'liberal', sectorCode: 'unknown' });
  });

  it('a code that does not settle it (SA04) still says so and offers the four types', async () => {
    const conversation = startConversation();
    for (const [says] of [...opening, ['libéral']]) await conversation.say(says);
    const replies = await conversation.say('SA04');
    expect(textOf(replies)).toContain('ne suffit pas à trancher');
    expect(choicesOf(lastOf(replies)).map((choice) => choice.id)).toEqual([
      'establishment',
      'gie',
      'societe',
      'cabinet',
    ]);
  });
});
