import { recogniseCommand } from '../../../dialogs/commands/globalCommands';
import { translatorFor } from '../../../locales';

describe('global commands are understood in both languages, whatever the locale', () => {
  it.each([
    [undefined, 'advisor', 'human'],
    [undefined, 'talk to an advisor', 'human'],
    ['fr-FR', 'I need help', 'help'],
    ['fr-FR', 'go back', 'back'],
    ['fr-FR', 'start over', 'restart'],
    ['en-US', 'conseiller', 'human'],
    ['en-US', 'je voudrais parler à un conseiller', 'human'],
    ['en-US', 'question précédente', 'back'],
    ['en-US', 'nouvelle demande', 'restart'],
    ['en-US', 'aide', 'help'],
  ])('locale %p: «%s» → %s', (locale, text, command) => {
    expect(recogniseCommand(translatorFor(locale), text)).toBe(command);
  });

  it.each([
    [undefined, 'agent immobilier'],
    ['fr-FR', 'GIE de radiologie'],
    ['en-US', 'Imagerie du Morvan'],
  ])('locale %p: «%s» stays an answer', (locale, text) => {
    expect(recogniseCommand(translatorFor(locale), text)).toBeUndefined();
  });
});
