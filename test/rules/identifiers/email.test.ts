import { validateEmail } from '../../../rules/identifiers';

describe('validateEmail', () => {
  it.each([
    ['the guide example', 'antoine.dupont@exemple.fr', 'antoine.dupont@exemple.fr'],
    ['surrounding spaces and capitals', '  Jean.MARTIN@Exemple.fr ', 'jean.martin@exemple.fr'],
    [
      'a generic address with a plus tag',
      'secretariat+certificats@cabinet-radiologie.fr',
      'secretariat+certificats@cabinet-radiologie.fr',
    ],
  ])('accepts %s', (_case, input, value) => {
    expect(validateEmail(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['empty', '  ', { code: 'empty', normalised: '' }],
    ['a space inside', 'jean martin@exemple.fr', { code: 'invalidCharacters', normalised: 'jean martin@exemple.fr' }],
    ['no @', 'jean.martin.exemple.fr', { code: 'missingAt', normalised: 'jean.martin.exemple.fr' }],
    ['no domain', 'jean.martin@', { code: 'badFormat', normalised: 'jean.martin@' }],
    ['no top-level domain', 'jean.martin@exemple', { code: 'badFormat', normalised: 'jean.martin@exemple' }],
    ['two @', 'jean@martin@exemple.fr', { code: 'badFormat', normalised: 'jean@martin@exemple.fr' }],
  ])('refuses %s', (_case, input, failure) => {
    expect(validateEmail(input)).toEqual({ ok: false, kind: 'email', ...failure });
  });
});
