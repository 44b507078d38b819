import { validateRpps } from '../../../rules/identifiers';

describe('validateRpps', () => {
  it.each([
    ['the guide example', '10003926135', '10003926135'],
    ['grouped with spaces', '100 039 261 35', '10003926135'],
    ['grouped with dots and dashes', '1000.3926-135', '10003926135'],
    ['surrounded by spaces', '  10003926135\n', '10003926135'],
  ])('accepts %s', (_case, input, value) => {
    expect(validateRpps(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['empty', '   ', { code: 'empty', normalised: '' }],
    ['a letter', '1000392613A', { code: 'invalidCharacters', normalised: '1000392613A' }],
    ['a wrong key', '10003926136', { code: 'badCheckKey', normalised: '10003926136' }],
    ['two swapped digits', '10003926153', { code: 'badCheckKey', normalised: '10003926153' }],
    [
      '10 digits',
      '1000392613',
      { code: 'tooShort', normalised: '1000392613', details: { expectedLength: 11, actualLength: 10 } },
    ],
    [
      '12 digits',
      '100039261351',
      { code: 'tooLong', normalised: '100039261351', details: { expectedLength: 11, actualLength: 12 } },
    ],
    [
      'an RPPS-rang',
      '10003926135544',
      { code: 'looksLikeRppsRang', normalised: '10003926135544', details: { expectedLength: 11, actualLength: 14 } },
    ],
  ])('refuses %s', (_case, input, failure) => {
    expect(validateRpps(input)).toEqual({ ok: false, kind: 'rpps', ...failure });
  });
});
