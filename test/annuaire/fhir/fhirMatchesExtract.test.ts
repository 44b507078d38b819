import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importExtract } from '../../../annuaire/sqlite/importExtract';
import { sampleExtract } from '../../../annuaire/sqlite/openExtractDirectory';
import { SqliteDirectory } from '../../../annuaire/sqlite/sqliteDirectory';
import { nameWords } from '../../../rules/directory/nameSearch';
import type { DirectoryResult, PlaceOfPractice } from '../../../rules/directory/place';
import type { LocalServer } from '../fixtures/fhir/localServer';
import { startDirectory } from '../fixtures/fhir/testDirectory';

/*
 * The FHIR fixtures publish the same people as the synthetic extract: both directories must then give
 * the bot the same places (the sector label aside: the API's codings often carry no display).
 */
let dir: string;
let extract: SqliteDirectory;
let server: LocalServer;
let fhir: Awaited<ReturnType<typeof startDirectory>>['directory'];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annuaire-fhir-vs-extract-'));
  const summary = await importExtract(sampleExtract, join(dir, 'annuaire.sqlite'), {
    now: () => new Date('2026-11-29T08:00:00Z'),
  });
  extract = new SqliteDirectory(summary.databasePath);
  ({ directory: fhir, server } = await startDirectory());
});
afterAll(async () => {
  extract.close();
  rmSync(dir, { recursive: true, force: true });
  await server.close();
});

const comparable = ({ sectorLabel: _label, ...place }: PlaceOfPractice) =>
  Object.fromEntries(Object.entries(place).filter(([, value]) => value !== undefined && value !== ''));
function answer(result: DirectoryResult) {
  if (!result.ok) throw new Error(`look-up failed: ${result.reason}`);
  expect(result.practitioners.length).toBeGreaterThan(0);
  return result.practitioners.map((p) => ({
    rpps: p.rpps,
    lastName: p.lastName,
    firstName: p.firstName,
    places: p.places.map(comparable),
  }));
}

describe('FhirDirectory and the extract agree on the same published people', () => {
  it.each(['10003926135', '10005012348', '10006023450', '10009056788'])('byRpps %s', async (rpps) => {
    expect(answer(await fhir.byRpps(rpps))).toEqual(answer(await extract.byRpps(rpps)));
  });

  it('byName «émilie lefèvre» (homonyms)', async () => {
    const query = { words: nameWords('émilie lefèvre') };
    expect(answer(await fhir.byName(query, 10))).toEqual(answer(await extract.byName(query, 10)));
  });

  it.each([
    ['finess', '710015959'],
    ['siret', '81234567600017'],
    ['rppsRang', '10003926135544'],
  ] as const)('byStructure %s %s', async (kind, value) => {
    expect(answer(await fhir.byStructure({ kind, value }))).toEqual(answer(await extract.byStructure({ kind, value })));
  });
});
