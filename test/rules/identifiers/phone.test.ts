import { validatePhone } from '../../../rules/identifiers';

describe('validatePhone', () => {
  it.each([
    ['10 digits', '0629001122', '0629001122'],
    ['+33 with spaces', '+33 6 29 00 11 22', '0629001122'],
    ['0033', '0033 6 29 00 11 22', '0629001122'],
    ['+33 (0)', '+33 (0)6 29 00 11 22', '0629001122'],
    ['+33 followed by the national 0', '+33 06 29 00 11 22', '0629001122'],
    ['dots', '06.23.45.67.93', '0623456793'],
    ['dashes', '07-12-34-56-78', '0712345678'],
    ['a landline in brackets', '(01) 45 67 89 10', '0145678910'],
    ['non-breaking spaces', '06\u00a029\u202f00 11 22', '0629001122'],
    ['Réunion with its country code', '+262 262 12 34 56', '0262123456'],
    ['Martinique with its country code', '+596 696 12 34 56', '0696123456'],
  ])('accepts %s', (_case, input, value) => {
    expect(validatePhone(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['empty', '', { code: 'empty', normalised: '' }],
    ['a Belgian number', '+32 470 12 34 56', { code: 'notFrenchNumber', normalised: '+32470123456' }],
    ['a Swiss number with 00', '0041 79 123 45 67', { code: 'notFrenchNumber', normalised: '0041791234567' }],
    ['letters', '06 29 00 11 AB', { code: 'invalidCharacters', normalised: '06290011AB' }],
    ['a stray plus sign', '06+29001122', { code: 'invalidCharacters', normalised: '06+29001122' }],
    [
      '9 digits',
      '06 29 00 11 2',
      { code: 'tooShort', normalised: '062900112', details: { expectedLength: 10, actualLength: 9 } },
    ],
    [
      'the 0 left out',
      '6 29 00 11 22',
      { code: 'tooShort', normalised: '629001122', details: { expectedLength: 10, actualLength: 9 } },
    ],
    [
      '+33 then too many digits',
      '+33 6 29 00 11 22 3',
      { code: 'tooLong', normalised: '06290011223', details: { expectedLength: 10, actualLength: 11 } },
    ],
    ['10 digits not starting with 0', '6290011223', { code: 'badFormat', normalised: '6290011223' }],
  ])('refuses %s', (_case, input, failure) => {
    expect(validatePhone(input)).toEqual({ ok: false, kind: 'telephone', ...failure });
  });
});
