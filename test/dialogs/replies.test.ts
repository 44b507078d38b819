import { CardFactory, InputHints } from 'botbuilder';
import { questionCardReply, questionReply, reply, replyThenMore } from '../../dialogs/replies';

describe('the reply helpers: what the user may do once the message arrives', () => {
  it.each([
    ['reply', reply, InputHints.AcceptingInput],
    ['replyThenMore', replyThenMore, InputHints.IgnoringInput],
    // conversation.md: every question activity has inputHint "expectingInput".
    ['questionReply', questionReply, InputHints.ExpectingInput],
  ])('%s sends the text as a message with inputHint %s', (_name, make, hint) => {
    expect(make('Quel est le SIRET ?')).toMatchObject({
      type: 'message',
      text: 'Quel est le SIRET ?',
      inputHint: hint,
    });
  });

  it('questionCardReply carries the card, the text for channels without cards, and expects input', () => {
    const card = CardFactory.adaptiveCard({ type: 'AdaptiveCard', version: '1.5', body: [] });
    expect(questionCardReply(card, 'Quels services ?')).toMatchObject({
      type: 'message',
      text: 'Quels services ?',
      inputHint: InputHints.ExpectingInput,
      attachments: [card],
    });
  });
});
