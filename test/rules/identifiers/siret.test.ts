import { validate as luhnPasses } from 'luhn';
import { isValidLaPosteSiret, laPosteSiren, validateSiret } from '../../../rules/identifiers';

const digitSum = (digits: string) => [...digits].reduce((sum, digit) => sum + Number(digit), 0);

describe('validateSiret', () => {
  it.each([
    ['a SIRET whose Luhn key passes', '73282932000074', '73282932000074'],
    ['grouped SIREN / NIC', '732 829 320 00074', '73282932000074'],
    ['La Poste, Luhn passing too', '35600000000048', '35600000000048'],
    ['La Poste, digit sum a multiple of 5, Luhn failing', '356 000 000 00001', '35600000000001'],
  ])('accepts %s', (_case, input, value) => {
    expect(validateSiret(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['empty', '', { code: 'empty', normalised: '' }],
    ['a letter', '7328293200007A', { code: 'invalidCharacters', normalised: '7328293200007A' }],
    ['a wrong key', '73282932000075', { code: 'badCheckKey', normalised: '73282932000075' }],
    [
      'La Poste with a digit sum not a multiple of 5',
      '35600000012345',
      { code: 'badCheckKey', normalised: '35600000012345' },
    ],
    [
      'a digit sum multiple of 5 outside La Poste',
      '73282932000004',
      { code: 'badCheckKey', normalised: '73282932000004' },
    ],
    [
      'a SIREN',
      '732 829 320',
      { code: 'looksLikeSiren', normalised: '732829320', details: { expectedLength: 14, actualLength: 9 } },
    ],
    [
      'the prefixed «identifiant national de structure»',
      '373282932000074',
      { code: 'hasStructurePrefix', normalised: '373282932000074', details: { expectedLength: 14, actualLength: 15 } },
    ],
    [
      '13 digits',
      '7328293200007',
      { code: 'tooShort', normalised: '7328293200007', details: { expectedLength: 14, actualLength: 13 } },
    ],
    [
      '15 digits',
      '732829320000741',
      { code: 'tooLong', normalised: '732829320000741', details: { expectedLength: 14, actualLength: 15 } },
    ],
  ])('refuses %s', (_case, input, failure) => {
    expect(validateSiret(input)).toEqual({ ok: false, kind: 'siret', ...failure });
  });

  // Proves the La Poste cases above exercise the exception rather than Luhn.
  it.each([
    ['35600000000001', false, 0, true],
    ['35600000012345', false, 4, false],
    ['73282932000004', false, 0, false],
  ])('%s: Luhn %s, digit sum mod 5 = %s, La Poste rule %s', (siret, luhn, sumMod5, laPoste) => {
    expect(luhnPasses(siret)).toBe(luhn);
    expect(digitSum(siret) % 5).toBe(sumMod5);
    expect(isValidLaPosteSiret(siret)).toBe(laPoste);
  });

  it('names La Poste by its SIREN', () => {
    expect(laPosteSiren).toBe('356000000');
  });
});
