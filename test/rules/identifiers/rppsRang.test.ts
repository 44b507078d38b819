import { validateRppsRang } from '../../../rules/identifiers';

describe('validateRppsRang', () => {
  it.each([
    ['a numeric RPPS-rang whose Luhn key passes', '10003926135544', '10003926135544'],
    ['grouped as RPPS + rang + key', '10003926135 54 4', '10003926135544'],
    ['grouped with dots', '1000.3926.135.544', '10003926135544'],
    ['an alphanumeric order number (format check only)', '10003926135AB1', '10003926135AB1'],
    ['an alphanumeric order number typed in lower case', '10003926135ab1', '10003926135AB1'],
  ])('accepts %s', (_case, input, value) => {
    expect(validateRppsRang(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['empty', '', { code: 'empty', normalised: '' }],
    ['punctuation', '10003926135/544', { code: 'invalidCharacters', normalised: '10003926135/544' }],
    // The guide's own example fails its Luhn key: illustrative data, the validator must say so.
    ['the guide example 10003926135546', '10003926135546', { code: 'badCheckKey', normalised: '10003926135546' }],
    [
      'the example of a message, 1000392613 5553',
      '1000392613 5553',
      { code: 'badCheckKey', normalised: '10003926135553' },
    ],
    ['a letter inside the RPPS part', '1000392613A544', { code: 'badFormat', normalised: '1000392613A544' }],
    ['a letter as key', '10003926135ABX', { code: 'badFormat', normalised: '10003926135ABX' }],
    [
      'the RPPS alone',
      '100 039 261 35',
      { code: 'looksLikeRpps', normalised: '10003926135', details: { expectedLength: 14, actualLength: 11 } },
    ],
    [
      'the prefixed «identifiant national de structure»',
      '410003926135544',
      { code: 'hasStructurePrefix', normalised: '410003926135544', details: { expectedLength: 14, actualLength: 15 } },
    ],
    [
      '15 digits without the structure prefix',
      '510003926135544',
      { code: 'tooLong', normalised: '510003926135544', details: { expectedLength: 14, actualLength: 15 } },
    ],
    [
      '13 characters',
      '1000392613554',
      { code: 'tooShort', normalised: '1000392613554', details: { expectedLength: 14, actualLength: 13 } },
    ],
  ])('refuses %s', (_case, input, failure) => {
    expect(validateRppsRang(input)).toEqual({ ok: false, kind: 'rppsRang', ...failure });
  });
});
