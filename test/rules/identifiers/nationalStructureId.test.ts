import { identifierKinds, nationalStructureId, validators } from '../../../rules/identifiers';

describe('nationalStructureId', () => {
  it.each([
    ['finess', '750712184', '1750712184'],
    ['siret', '73282932000074', '373282932000074'],
    ['rppsRang', '10003926135544', '410003926135544'],
  ] as const)('prefixes a %s: %s → %s', (kind, value, expected) => {
    expect(nationalStructureId(kind, value)).toBe(expected);
  });

  it.each([
    ['finess', '1750712184'],
    ['siret', '373282932000074'],
    ['rppsRang', '410003926135544'],
  ] as const)('its output typed back as a %s is recognised as prefixed', (kind, prefixed) => {
    expect(validators[kind](prefixed)).toMatchObject({ ok: false, code: 'hasStructurePrefix' });
  });
});

describe('validators', () => {
  it('has one validator per identifier kind', () => {
    expect(Object.keys(validators).sort()).toEqual([...identifierKinds].sort());
  });
});
