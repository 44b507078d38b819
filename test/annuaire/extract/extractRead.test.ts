import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columnLayout, ExtractFormatError } from '../../../annuaire/extract/extractColumns';
import { extractDate } from '../../../annuaire/extract/extractDate';
import { ExtractRow, rppsRangFromStructureId, townFromCedexOffice } from '../../../annuaire/extract/extractRow';
import { emptyStats, readExtractBatches } from '../../../annuaire/extract/readExtract';
import { sampleExtract } from '../../../annuaire/sqlite/openExtractDirectory';

const sample = readFileSync(sampleExtract, 'utf8');
const [header = '', ...dataLines] = sample.split('\n').filter((line) => line !== '');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'annuaire-extract-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(text: string, name = 'PS_LibreAcces_Personne_activite_202611280912.txt') {
  const file = join(dir, name);
  writeFileSync(file, text);
  const stats = emptyStats();
  const rows: ExtractRow[] = [];
  const progress: number[] = [];
  for await (const batch of readExtractBatches(file, stats, {
    batchSize: 2,
    onProgress: (bytes) => progress.push(bytes),
  })) {
    rows.push(...batch);
  }
  return { rows, stats, progress, size: Buffer.byteLength(text) };
}

describe('readExtractBatches on the shipped synthetic extract', () => {
  it('keeps the RPPS rows and skips the ADELI one', async () => {
    const { rows, stats, progress, size } = await readAll(sample);
    expect(stats).toEqual({ rowsRead: 10, rppsRows: 9, otherIdRows: 1, malformedLines: 0 });
    expect(rows.map((row) => row.rpps)).not.toContain('012600631');
    expect(new Set(rows.map((row) => row.rpps)).size).toBe(6);
    expect(progress.at(-1)).toBe(size);
  });

  it('reads the needed columns into a row with its place', async () => {
    const { rows } = await readAll(sample);
    expect(rows[2]).toEqual({
      rpps: '10003926135',
      lastName: 'DUPONT',
      firstName: 'Antoine',
      profession: 'Médecin',
      place: {
        structureKey: '410003926135544',
        denomination: 'CABINET DE RADIOLOGIE DU ROUENNAIS',
        tradeName: undefined,
        postalCode: '76000',
        town: 'ROUEN',
        sectorCode: 'SA08',
        sectorLabel: 'Cabinet de groupe',
        siret: undefined,
        finess: undefined,
        rppsRang: '10003926135544',
        nationalStructureId: '410003926135544',
      },
    });
  });

  it('takes the town from «Bureau cedex» when «Libellé commune» is empty', async () => {
    const { rows } = await readAll(sample);
    const paris = rows.find((row) => row.place?.rppsRang === '10007034563026');
    expect(paris?.place).toMatchObject({ town: 'PARIS', postalCode: '75020' });
  });

  it('accepts a BOM, CRLF line ends and a missing trailing «|»', async () => {
    const lines = [header, ...dataLines.map((line, index) => (index === 0 ? line.replace(/\|$/, '') : line))];
    const { rows, stats } = await readAll(`\uFEFF${lines.join('\r\n')}\r\n`);
    expect(stats).toEqual({ rowsRead: 10, rppsRows: 9, otherIdRows: 1, malformedLines: 0 });
    expect(rows[0]?.place?.sectorLabel).toBe('Etablissement privé non PSPH');
    expect(rows.every((row) => !row.place?.sectorLabel?.includes('\r'))).toBe(true);
  });

  it('maps columns by header name, whatever their order and with columns added', async () => {
    const reorder = (line: string) => {
      const fields = line.split('|').slice(0, -1);
      return ['nouveau', ...fields.reverse()].join('|') + '|';
    };
    const text = [
      `Colonne ajoutée|${header.split('|').slice(0, -1).reverse().join('|')}|`,
      ...dataLines.map(reorder),
    ].join('\n');
    expect((await readAll(text)).rows).toEqual((await readAll(sample)).rows);
  });

  it('counts and skips malformed lines: wrong column count, RPPS not 11 digits, no name', async () => {
    const good = dataLines[0] ?? '';
    const badRpps = good.replace('|10003926135|', '|1000392613|');
    const noName = good.replace('|DUPONT|', '||');
    const text = [header, good, 'truncated|line|', `${good}extra|`, badRpps, noName, '', good].join('\n');
    const { rows, stats } = await readAll(text);
    expect(stats).toEqual({ rowsRead: 6, rppsRows: 2, otherIdRows: 0, malformedLines: 4 });
    expect(rows).toHaveLength(2);
  });

  it('fails with the names of the missing columns', async () => {
    const text = header.replace('Identifiant PP|', 'Identifiant|').replace('Raison sociale site|', 'Raison|');
    await expect(readAll(`${text}\n${dataLines[0]}\n`)).rejects.toThrow(
      new ExtractFormatError(
        'missingColumns',
        'Not a PS_LibreAcces_Personne_activite extract: missing column(s) «Identifiant PP», «Raison sociale site»',
      ),
    );
    expect(() => columnLayout('a|b|c|')).toThrow(ExtractFormatError);
  });

  it('fails on an empty file', async () => {
    await expect(readAll('')).rejects.toMatchObject({ code: 'emptyFile' });
  });
});

describe('extract details', () => {
  it.each([
    ['75020 PARIS', 'PARIS'],
    ['75020 PARIS CEDEX 20', 'PARIS CEDEX 20'],
    ['', undefined],
    ['75020', undefined],
  ])('town from Bureau cedex %j → %j', (office, town) => {
    expect(townFromCedexOffice(office)).toBe(town);
  });

  it.each([
    ['410003926135544', '10003926135544'],
    ['1710015959', undefined],
    ['381234567600017', undefined],
    ['41000392613554', undefined],
  ])('RPPS-rang from %s → %j', (structureId, rang) => {
    expect(rppsRangFromStructureId(structureId)).toBe(rang);
  });

  it.each([
    ['/x/PS_LibreAcces_Personne_activite_202611280912.txt', '2026-11-28'],
    ['PS_LibreAcces_Personne_activite_202602301200.txt', '2025-03-04'],
    ['annuaire.txt', '2025-03-04'],
  ])('extract date of %s', (name, date) => {
    expect(extractDate(name, new Date('2025-03-04T12:00:00Z'))).toBe(date);
  });
});
