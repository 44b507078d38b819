import { matchesName, nameSplits, nameWords, normaliseName } from '../../../rules/directory/nameSearch';

describe('names compared as people type them', () => {
  it.each([
    ['Lefèvre', 'LEFEVRE'],
    ['  émilie   LEFÈVRE ', 'EMILIE LEFEVRE'],
    ['Jean-Pierre', 'JEAN PIERRE'],
    ["D'Ornano", 'D ORNANO'],
    ['Lœuillet', 'LOEUILLET'],
  ])('%s → %s', (typed, normalised) => {
    expect(normaliseName(typed)).toBe(normalised);
  });

  it('reads «prénom nom» and «nom prénom», compound names included', () => {
    const splits = nameSplits(nameWords('jean pierre le gall'));
    expect(splits).toEqual(
      expect.arrayContaining([
        { lastName: 'LE GALL', firstNamePrefix: 'JEAN PIERRE' },
        { lastName: 'JEAN PIERRE LE GALL' },
      ]),
    );
    expect(matchesName('LE GALL', 'Jean-Pierre', splits)).toBe(true);
    expect(matchesName('LE GALL', 'Jean-Pierre', nameSplits(nameWords('Le Gall Jean-Pierre')))).toBe(true);
  });

  it.each([
    ['emilie lefevre', true],
    ['LEFÈVRE', true],
    ['Lefevre Em', true],
    ['Lefevre Jean', false],
    ['Lefe', false],
    ['Émilie', false],
  ])('«%s» finds Émilie LEFÈVRE: %s', (typed, found) => {
    expect(matchesName('LEFÈVRE', 'Émilie', nameSplits(nameWords(typed)))).toBe(found);
  });
});
