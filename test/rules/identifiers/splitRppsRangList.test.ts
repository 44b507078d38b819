import { splitRppsRangList, ValidationResult } from '../../../rules/identifiers';

const valid = (value: string): ValidationResult => ({ ok: true, value });
const badKey = (normalised: string): ValidationResult => ({
  ok: false,
  kind: 'rppsRang',
  code: 'badCheckKey',
  normalised,
});

describe('splitRppsRangList', () => {
  it.each<[string, string, ValidationResult[]]>([
    ['one RPPS-rang', '10003926135544', [valid('10003926135544')]],
    ['one RPPS-rang grouped with spaces', '1000392613 5544', [valid('10003926135544')]],
    [
      'the brief example, commas, spaces inside and «et»',
      '10003926135546, 1000392613 5553 et 10003926135544',
      [badKey('10003926135546'), badKey('10003926135553'), valid('10003926135544')],
    ],
    ['semicolons', '10003926135544;10003926135551', [valid('10003926135544'), valid('10003926135551')]],
    ['new lines', '10003926135544\n10003926135551\r\n', [valid('10003926135544'), valid('10003926135551')]],
    ['«ET» in capitals', '10003926135544 ET 10003926135551', [valid('10003926135544'), valid('10003926135551')]],
    [
      '14-char groups separated by spaces',
      '10003926135544   10003926135551',
      [valid('10003926135544'), valid('10003926135551')],
    ],
    [
      'grouped identifiers separated by spaces',
      '10003926135 54 4 1000 3926 1355 51',
      [valid('10003926135544'), valid('10003926135551')],
    ],
    [
      'an alphanumeric order number',
      '10003926135AB1, 10003926135544',
      [valid('10003926135AB1'), valid('10003926135544')],
    ],
    ['a trailing separator', '10003926135544, ', [valid('10003926135544')]],
  ])('splits %s', (_case, input, expected) => {
    expect(splitRppsRangList(input)).toEqual(expected);
  });

  it.each<[string, string, ValidationResult[]]>([
    [
      'two bare RPPS answer one by one',
      '10003926135 10003926136',
      [
        {
          ok: false,
          kind: 'rppsRang',
          code: 'looksLikeRpps',
          normalised: '10003926135',
          details: { expectedLength: 14, actualLength: 11 },
        },
        {
          ok: false,
          kind: 'rppsRang',
          code: 'looksLikeRpps',
          normalised: '10003926136',
          details: { expectedLength: 14, actualLength: 11 },
        },
      ],
    ],
    [
      'a 15-digit typo stays one token',
      '1000392613 55446',
      [
        {
          ok: false,
          kind: 'rppsRang',
          code: 'tooLong',
          normalised: '100039261355446',
          details: { expectedLength: 14, actualLength: 15 },
        },
      ],
    ],
    [
      'a short tail stays with its chunk',
      '10003926135544 123',
      [
        {
          ok: false,
          kind: 'rppsRang',
          code: 'tooLong',
          normalised: '10003926135544123',
          details: { expectedLength: 14, actualLength: 17 },
        },
      ],
    ],
    ['separators only', ' , ; ', [{ ok: false, kind: 'rppsRang', code: 'empty', normalised: '' }]],
    ['an empty message', '', [{ ok: false, kind: 'rppsRang', code: 'empty', normalised: '' }]],
  ])('reports %s', (_case, input, expected) => {
    expect(splitRppsRangList(input)).toEqual(expected);
  });
});
