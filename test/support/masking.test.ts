import { maskPersonalNumbers } from '../../bot/support/masking';

describe('maskPersonalNumbers', () => {
  it.each([
    ['Mon numéro : 06 29 00 11 22', 'Mon numéro : ••••••••22'],
    ['tel 06.29.00.11.22.', 'tel ••••••••22.'],
    ['+33 6 29 00 11 22', '•••••••••22'],
    ['carte 1107463982', 'carte ••••••••82'],
    ['FINESS 750712184 reste lisible', 'FINESS 750712184 reste lisible'],
    ['RPPS-rang 10003926135546 reste lisible', 'RPPS-rang 10003926135546 reste lisible'],
  ])('%s', (input, expected) => {
    expect(maskPersonalNumbers(input)).toBe(expected);
  });
});
