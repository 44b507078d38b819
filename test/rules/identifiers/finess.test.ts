import { validateFiness } from '../../../rules/identifiers';

describe('validateFiness', () => {
  it.each([
    ['the guide example', '750712184', '750712184'],
    ['grouped with spaces', '75 071 218 4', '750712184'],
    ['a Corsican FINESS 2A (format check only)', '2A0000001', '2A0000001'],
    ['a Corsican FINESS 2B in lower case', '2b 000 0009', '2B0000009'],
  ])('accepts %s', (_case, input, value) => {
    expect(validateFiness(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['empty', '', { code: 'empty', normalised: '' }],
    ['the letter O for a zero', '75O712184', { code: 'invalidCharacters', normalised: '75O712184' }],
    // GIE du Morvan in the guide: illustrative data whose key does not pass.
    ['the GIE du Morvan example 710015953', '710015953', { code: 'badCheckKey', normalised: '710015953' }],
    ['a wrong key', '750712185', { code: 'badCheckKey', normalised: '750712185' }],
    ['a Corsican-like letter outside Corsica', '2C0000001', { code: 'invalidCharacters', normalised: '2C0000001' }],
    ['a letter after the département', '20A000001', { code: 'badFormat', normalised: '20A000001' }],
    ['a letter in first position', 'A20000001', { code: 'badFormat', normalised: 'A20000001' }],
    [
      '8 characters',
      '75071218',
      { code: 'tooShort', normalised: '75071218', details: { expectedLength: 9, actualLength: 8 } },
    ],
    [
      'a Corsican FINESS one digit short',
      '2A000000',
      { code: 'tooShort', normalised: '2A000000', details: { expectedLength: 9, actualLength: 8 } },
    ],
    [
      'the prefixed «identifiant national de structure»',
      '1750712184',
      { code: 'hasStructurePrefix', normalised: '1750712184', details: { expectedLength: 9, actualLength: 10 } },
    ],
    [
      '10 digits that are not a prefixed FINESS',
      '1750712185',
      { code: 'tooLong', normalised: '1750712185', details: { expectedLength: 9, actualLength: 10 } },
    ],
    [
      'a SIRET',
      '732 829 320 00074',
      { code: 'looksLikeSiret', normalised: '73282932000074', details: { expectedLength: 9, actualLength: 14 } },
    ],
  ])('refuses %s', (_case, input, failure) => {
    expect(validateFiness(input)).toEqual({ ok: false, kind: 'finess', ...failure });
  });
});
