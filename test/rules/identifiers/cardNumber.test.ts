import { validateCardNumber } from '../../../rules/identifiers';

describe('validateCardNumber', () => {
  it.each([
    ['the guide example CPS', '1012345678', '1012345678'],
    ['the guide example CPA', '1107463982', '1107463982'],
    ['grouped with spaces', '11 2375 0485', '1123750485'],
  ])('accepts %s (no key rule is published)', (_case, input, value) => {
    expect(validateCardNumber(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['empty', ' ', { code: 'empty', normalised: '' }],
    ['letters', 'CPS1012345', { code: 'invalidCharacters', normalised: 'CPS1012345' }],
    [
      '9 digits',
      '101234567',
      { code: 'tooShort', normalised: '101234567', details: { expectedLength: 10, actualLength: 9 } },
    ],
    [
      '12 digits',
      '101234567890',
      { code: 'tooLong', normalised: '101234567890', details: { expectedLength: 10, actualLength: 12 } },
    ],
    [
      'an RPPS number',
      '10003926135',
      { code: 'looksLikeRpps', normalised: '10003926135', details: { expectedLength: 10, actualLength: 11 } },
    ],
  ])('refuses %s', (_case, input, failure) => {
    expect(validateCardNumber(input)).toEqual({ ok: false, kind: 'carte', ...failure });
  });
});
