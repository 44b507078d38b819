import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { importExtract } from '../../../annuaire/sqlite/importExtract';
import { openExtractDirectory, sampleExtract } from '../../../annuaire/sqlite/openExtractDirectory';
import { SqliteDirectory } from '../../../annuaire/sqlite/sqliteDirectory';

const sample = readFileSync(sampleExtract, 'utf8');
const [header = '', ...dataLines] = sample.split('\n').filter((line) => line !== '');

let dir: string;
let database: string;
const opened: SqliteDirectory[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'annuaire-reimport-'));
  database = join(dir, 'db', 'annuaire.sqlite');
});
afterEach(() => {
  opened.splice(0).forEach((directory) => directory.close());
  rmSync(dir, { recursive: true, force: true });
});

function extract(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, [header, ...lines, ''].join('\n'));
  return file;
}
function open(path = database): SqliteDirectory {
  const directory = new SqliteDirectory(path);
  opened.push(directory);
  return directory;
}
const leftovers = () => readdirSync(join(dir, 'db')).filter((name) => name !== 'annuaire.sqlite');

describe('importExtract', () => {
  it('collapses the rows of one structure repeated once per activity', async () => {
    const gie = dataLines[0] ?? '';
    const secondActivity = gie.replace('|SM44|Radio-diagnostic|', '|SM54|Médecine nucléaire|');
    const summary = await importExtract(
      extract('PS_LibreAcces_Personne_activite_202611280912.txt', [...dataLines, secondActivity]),
      database,
    );
    expect(summary).toMatchObject({ rppsRows: 10, practitioners: 6, places: 9 });
  });

  it('dates a renamed extract by its modification day', async () => {
    const file = extract('extrait.txt', dataLines);
    utimesSync(file, new Date('2026-10-02T12:00:00Z'), new Date('2026-10-02T12:00:00Z'));
    expect(await importExtract(file, database)).toMatchObject({ extractDate: '2026-10-02', sourceFile: 'extrait.txt' });
    expect(await open().byRpps('10003926135')).toMatchObject({
      ok: true,
      edition: { source: 'extract', asOf: '2026-10-02' },
    });
  });
});

describe('re-import', () => {
  it('replaces the data, and an open SqliteDirectory reads the new edition', async () => {
    await importExtract(sampleExtract, database);
    const directory = open();
    expect(await directory.byRpps('10003926135')).toMatchObject({ ok: true, practitioners: [{ lastName: 'DUPONT' }] });

    const renamed = dataLines
      .filter((line) => !line.includes('|DUPONT|'))
      .map((line) => line.replace('|DUBOIS|', '|DUBOIS-MOREL|'));
    await importExtract(extract('PS_LibreAcces_Personne_activite_202612050300.txt', renamed), database);

    expect(await directory.byRpps('10003926135')).toMatchObject({
      ok: true,
      practitioners: [],
      edition: { asOf: '2026-12-05' },
    });
    expect(await directory.byName({ words: ['DUBOIS', 'MOREL'] }, 5)).toMatchObject({
      ok: true,
      practitioners: [{ rpps: '10009056788' }],
    });
    expect(directory.meta()).toMatchObject({
      practitioners: 5,
      source_file: 'PS_LibreAcces_Personne_activite_202612050300.txt',
    });
    expect(leftovers()).toEqual([]);
  });

  it('of a file with a missing column leaves the old database and no temporary file', async () => {
    await importExtract(sampleExtract, database);
    const directory = open();
    const broken = join(dir, 'PS_LibreAcces_Personne_activite_202612050300.txt');
    writeFileSync(broken, `${header.replace('Numéro FINESS site|', '')}\n${dataLines.join('\n')}\n`);

    await expect(importExtract(broken, database)).rejects.toThrow('missing column(s) «Numéro FINESS site»');
    expect(await directory.byRpps('10003926135')).toMatchObject({ ok: true, edition: { asOf: '2026-11-28' } });
    expect(await open().byRpps('10003926135')).toMatchObject({ ok: true, practitioners: [{ rpps: '10003926135' }] });
    expect(leftovers()).toEqual([]);
  });

  it('failing halfway leaves the old database and no temporary file', async () => {
    await importExtract(sampleExtract, database);
    const failing = importExtract(extract('PS_LibreAcces_Personne_activite_202612050300.txt', dataLines), database, {
      batchSize: 2,
      onProgress: () => {
        throw new Error('disk full');
      },
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(open().meta()).toMatchObject({ extract_date: '2026-11-28', practitioners: 6 });
    expect(leftovers()).toEqual([]);
  });
});

describe('SqliteDirectory when the file is missing or not a directory database', () => {
  it('answers unavailable without throwing', async () => {
    const missing = open(join(dir, 'none.sqlite'));
    expect(await missing.byRpps('10003926135')).toEqual({ ok: false, reason: 'unavailable' });
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'not a database');
    expect(await open(garbage).byName({ words: ['DUPONT'] }, 5)).toEqual({ ok: false, reason: 'unavailable' });
    expect(await open(sampleExtract).byStructure({ kind: 'siret', value: '81234567600017' })).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });

  it('keeps answering from the open file when it is deleted', async () => {
    await importExtract(sampleExtract, database);
    const directory = open();
    await directory.byRpps('10003926135');
    rmSync(database);
    expect(await directory.byRpps('10003926135')).toMatchObject({ ok: true, practitioners: [{ rpps: '10003926135' }] });
  });
});

describe('openExtractDirectory', () => {
  it('opens the imported database when there is one', async () => {
    await importExtract(sampleExtract, database);
    const { directory, fallback } = await openExtractDirectory({ databasePath: database });
    opened.push(directory);
    expect({ path: directory.path, fallback }).toEqual({ path: database, fallback: false });
  });

  it('imports the fallback extract into a temporary database otherwise, leaving no file behind', async () => {
    const { directory, fallback } = await openExtractDirectory({ databasePath: database });
    opened.push(directory);
    expect(fallback).toBe(true);
    expect(directory.path).not.toBe(database);
    expect(existsSync(dirname(directory.path))).toBe(false);
    expect(await directory.byRpps('10008045675')).toMatchObject({ ok: true, practitioners: [{ lastName: 'LE GALL' }] });
    expect(directory.edition()).toEqual({ source: 'extract', asOf: '2026-11-28' });
  });
});
