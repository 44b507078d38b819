import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nameWords } from '../../../rules/directory/nameSearch';
import { DirectoryResult } from '../../../rules/directory/place';
import { importExtract, ImportSummary } from '../../../annuaire/sqlite/importExtract';
import { sampleExtract } from '../../../annuaire/sqlite/openExtractDirectory';
import { SqliteDirectory } from '../../../annuaire/sqlite/sqliteDirectory';

let dir: string;
let directory: SqliteDirectory;
let summary: ImportSummary;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annuaire-sqlite-'));
  summary = await importExtract(sampleExtract, join(dir, 'annuaire.sqlite'), {
    now: () => new Date('2026-11-29T08:00:00Z'),
  });
  directory = new SqliteDirectory(summary.databasePath);
});
afterAll(() => {
  directory.close();
  rmSync(dir, { recursive: true, force: true });
});

const rppsOf = (result: DirectoryResult) =>
  result.ok ? result.practitioners.map((practitioner) => practitioner.rpps) : result.reason;
const byName = (typed: string, limit = 10) => directory.byName({ words: nameWords(typed) }, limit);

describe('importExtract of the synthetic extract', () => {
  it('counts the rows, practitioners and places, and records the extract', () => {
    expect(summary).toMatchObject({
      rowsRead: 10,
      rppsRows: 9,
      otherIdRows: 1,
      malformedLines: 0,
      practitioners: 6,
      places: 9,
      extractDate: '2026-11-28',
      sourceFile: 'PS_LibreAcces_Personne_activite_202611280912.txt',
    });
    expect(summary.databaseBytes).toBeGreaterThan(0);
    expect(directory.meta()).toMatchObject({ imported_at: '2026-11-29T08:00:00.000Z', practitioners: 6, places: 9 });
  });
});

describe('SqliteDirectory.byRpps', () => {
  it('returns DUPONT Antoine with his GIE, SELARL and cabinet, and the edition', async () => {
    const result = await directory.byRpps('10003926135');
    expect(result).toMatchObject({ ok: true, truncated: false, edition: { source: 'extract', asOf: '2026-11-28' } });
    if (!result.ok) return;
    const [dupont] = result.practitioners;
    expect(dupont).toMatchObject({
      rpps: '10003926135',
      lastName: 'DUPONT',
      firstName: 'Antoine',
      profession: 'Médecin',
    });
    expect(dupont?.places).toEqual([
      {
        denomination: 'CABINET DE RADIOLOGIE DU ROUENNAIS',
        postalCode: '76000',
        town: 'ROUEN',
        sectorCode: 'SA08',
        sectorLabel: 'Cabinet de groupe',
        rppsRang: '10003926135544',
        nationalStructureId: '410003926135544',
      },
      {
        denomination: 'GIE IMAGERIE DU MORVAN',
        postalCode: '71400',
        town: 'AUTUN',
        sectorCode: 'SA04',
        sectorLabel: 'Etablissement privé non PSPH',
        finess: '710015959',
        nationalStructureId: '1710015959',
      },
      {
        denomination: 'SELARL IMAGERIE DU BEAUVAISIS',
        tradeName: 'CABINET DE RADIOLOGIE DU BEAUVAISIS',
        postalCode: '60000',
        town: 'BEAUVAIS',
        sectorCode: 'SA09',
        sectorLabel: 'Exercice en société',
        siret: '81234567600017',
        nationalStructureId: '381234567600017',
      },
    ]);
  });

  it.each([['10000000000'], ['012600631'], ['']])('finds nobody for %j (unknown, ADELI, empty)', async (rpps) => {
    expect(await directory.byRpps(rpps)).toMatchObject({ ok: true, practitioners: [], truncated: false });
  });

  it('gives MARTIN Jean’s Paris cabinet the town of its «Bureau cedex»', async () => {
    const result = await directory.byRpps('10007034563');
    const places = result.ok ? result.practitioners[0]?.places : [];
    expect(places?.map((place) => [place.denomination, place.postalCode, place.town])).toEqual([
      ["CABINET D'IMAGERIE MÉDICALE DES LILAS", '93260', 'LES LILAS'],
      ['CABINET DU DR MARTIN', '75020', 'PARIS'],
    ]);
  });
});

describe('SqliteDirectory.byName', () => {
  it.each([
    ['emilie lefevre', ['10005012348', '10006023450']],
    ['LEFÈVRE', ['10005012348', '10006023450']],
    ['Lefevre Emilie', ['10005012348', '10006023450']],
    ['lefèvre ém', ['10005012348', '10006023450']],
    ['jean-pierre le gall', ['10008045675']],
    ['le gall jean pierre', ['10008045675']],
    ['LE GALL', ['10008045675']],
    ['dupont', ['10003926135']],
    ['Hélène Dubois', ['10009056788']],
    ['martin jean', ['10007034563']],
    ['jean', []],
    ['emilie martin', []],
    ['', []],
  ])('%j → %j', async (typed, expected) => {
    const result = await byName(typed);
    expect(rppsOf(result)).toEqual(expected);
    expect(result).toMatchObject({ ok: true, truncated: false, edition: { asOf: '2026-11-28' } });
  });

  it('returns both homonyms with their own places', async () => {
    const result = await byName('Émilie Lefèvre');
    const towns = result.ok
      ? result.practitioners.map((practitioner) => practitioner.places.map((place) => place.town))
      : [];
    expect(towns).toEqual([['LYON'], ['NANTES']]);
  });

  it('stops at the limit and says there were more', async () => {
    expect(await byName('lefevre', 1)).toMatchObject({
      ok: true,
      truncated: true,
      practitioners: [{ rpps: '10005012348' }],
    });
    expect(await byName('lefevre', 2)).toMatchObject({ ok: true, truncated: false });
  });
});

describe('SqliteDirectory.byStructure', () => {
  it.each([
    ['siret', '81234567600017', ['10003926135']],
    ['siret', '82345678500018', ['10006023450']],
    ['finess', '710015959', ['10003926135']],
    ['finess', '690007893', ['10009056788']],
    ['rppsRang', '10003926135544', ['10003926135']],
    ['rppsRang', '10007034563026', ['10007034563']],
    ['siret', '49940088500020', []],
    ['finess', '10003926135544', []],
  ] as const)('%s %s → %j', async (kind, value, expected) => {
    const result = await directory.byStructure({ kind, value });
    expect(rppsOf(result)).toEqual(expected);
    expect(result).toMatchObject({ ok: true, truncated: false });
  });

  it('returns every place of the practitioners found there', async () => {
    const result = await directory.byStructure({ kind: 'finess', value: '710015959' });
    expect(result.ok && result.practitioners[0]?.places).toHaveLength(3);
  });
});
