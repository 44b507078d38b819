import { knownSectorCodes, parseSectorCode, SectorCategory, sectorCategory } from '../../rules/sectorCodes';

const code = (n: number): string => `SA${String(n).padStart(2, '0')}`;

/** shared/domain/sector-codes.md: the codes the guide maps; every other code is outside the guide. */
const mapped: Record<string, SectorCategory> = {
  SA07: 'cabinet',
  SA08: 'cabinet',
  SA09: 'societe',
  SA01: 'establishment',
  SA02: 'establishment',
  SA03: 'establishment',
  SA30: 'establishment',
  SA34: 'establishment',
  SA36: 'establishment',
  SA53: 'establishment',
  SA04: 'ask',
  SA43: 'ask',
  SA51: 'ask',
};

const everyCode = Array.from({ length: 69 }, (_, index) => code(index + 1));

describe('sectorCategory', () => {
  it.each(everyCode.map((sa) => [sa, mapped[sa] ?? 'notCovered']))('%s → %s', (sa, category) => {
    expect(sectorCategory(sa)).toBe(category);
  });

  it('knows exactly SA01 to SA69', () => {
    expect(knownSectorCodes).toEqual(everyCode);
  });
});

describe('parseSectorCode', () => {
  it.each([
    ['sa07', 'SA07'],
    ['SA 09', 'SA09'],
    ['7', 'SA07'],
    ['SA7', 'SA07'],
    ['sa-9', 'SA09'],
    ['07', 'SA07'],
    ['  sa-04 ', 'SA04'],
    ['Sa.53', 'SA53'],
    ['69', 'SA69'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseSectorCode(input)).toEqual({ ok: true, code: expected });
  });

  it.each([
    ['SA99', 'unknownCode'],
    ['70', 'unknownCode'],
    ['0', 'unknownCode'],
    ['SA00', 'unknownCode'],
    ['XYZ', 'format'],
    ['', 'format'],
    ['SA123', 'format'],
    ['123', 'format'],
  ])('refuses %j (%s)', (input, error) => {
    expect(parseSectorCode(input)).toEqual({ ok: false, error });
  });
});
