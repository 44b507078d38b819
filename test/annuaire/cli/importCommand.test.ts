import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportCommandIo, runImportCommand } from '../../../annuaire/cli/importCommand';
import { sampleExtract } from '../../../annuaire/sqlite/openExtractDirectory';
import { SqliteDirectory } from '../../../annuaire/sqlite/sqliteDirectory';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'annuaire-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], extra: Partial<ImportCommandIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCommand(argv, {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: {},
    ...extra,
  });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('npm run annuaire:import', () => {
  it('imports the extract into --database (creating its folder) and prints the summary', async () => {
    const database = join(dir, 'nested', 'annuaire.sqlite');
    const result = await run([sampleExtract, '--database', database]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Extrait lu : [\d,]+ ko \(100 %\)$/);
    expect(result.stdout).toContain(`Annuaire importé dans ${database}`);
    expect(result.stdout).toContain('extrait du 28 novembre 2026 (PS_LibreAcces_Personne_activite_202611280912.txt)');
    expect(result.stdout).toContain(
      'lignes lues : 10 ; RPPS gardées : 9 ; autres identifiants : 1 ; mal formées ignorées : 0',
    );
    expect(result.stdout).toContain("praticiens : 6 ; lieux d'exercice : 9");
    expect(result.stdout).toMatch(/durée : [\d,]+ s ; base : [\d,]+ ko/);
    const directory = new SqliteDirectory(database);
    expect(await directory.byRpps('10003926135')).toMatchObject({ ok: true, practitioners: [{ lastName: 'DUPONT' }] });
    directory.close();
  });

  it('defaults to $ANNUAIRE_DATABASE and drives the progress bar by bytes read', async () => {
    const database = join(dir, 'env.sqlite');
    const events: string[] = [];
    const progress = {
      start: (total: number) => events.push(`start ${total}`),
      update: (value: number) => events.push(`update ${value}`),
      stop: () => events.push('stop'),
    };
    const result = await run([sampleExtract], { env: { ANNUAIRE_DATABASE: database }, progress });
    const size = statSync(sampleExtract).size;
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(events).toEqual([`start ${size}`, `update ${size}`, 'stop']);
    expect(existsSync(database)).toBe(true);
  });

  it.each([
    [[], "Commande invalide : indiquez un seul fichier d'extrait."],
    [['a.txt', 'b.txt'], "Commande invalide : indiquez un seul fichier d'extrait."],
    [['a.txt', '--base', 'x'], "Commande invalide : option inconnue ou sans valeur (Unknown option '--base'"],
    [['a.txt', '--database'], 'Commande invalide : option inconnue ou sans valeur ('],
    [['a.txt', '--database', ' '], 'Commande invalide : le fichier ou --database est vide.'],
    [['a.txt', '--lang', 'de'], 'Commande invalide : --lang : choisissez fr ou en.'],
    [['missing.txt'], 'Fichier introuvable : missing.txt'],
    [['missing.txt', '--lang', 'en'], 'File not found: missing.txt'],
    [['--lang', 'en'], 'Invalid command: give exactly one extract file.\nImports the Annuaire Santé extract'],
    [
      ['a.txt', '--base', 'x', '--lang=en'],
      "Invalid command: unknown option or missing value (Unknown option '--base'",
    ],
  ])('%j → exit 2 with a message, no stack', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a file that is not the extract with exit 2 and names the missing columns', async () => {
    const file = join(dir, 'autre.txt');
    writeFileSync(file, 'Identifiant PP|Nom|\n10003926135|DUPONT|\n');
    const database = join(dir, 'annuaire.sqlite');
    const result = await run([file, '--database', database]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `Format non reconnu (${file}) : ce n'est pas un extrait PS_LibreAcces_Personne_activite`,
    );
    expect(result.stderr).toContain("il manque les colonnes « Type d'identifiant PP », « Nom d'exercice », ");
    expect(result.stderr).toMatch(/ et «\u00a0Libellé secteur d'activité\u00a0»\.$/);
    expect(existsSync(database)).toBe(false);
  });

  it('rejects an empty file with exit 2', async () => {
    const file = join(dir, 'vide.txt');
    writeFileSync(file, '');
    const result = await run([file, '--database', join(dir, 'annuaire.sqlite')]);
    expect(result).toMatchObject({
      code: 2,
      stderr: `Format non reconnu (${file}) : le fichier est vide, sans ligne d'en-tête.`,
    });
  });

  it.each([
    [['--help'], 'Utilisation : npm run annuaire:import -- FICHIER [--database CHEMIN] [--lang fr|en]'],
    [['-h', '--lang=en'], 'Usage: npm run annuaire:import -- FILE [--database PATH] [--lang fr|en]'],
  ])('prints the usage for %j', async (argv, line) => {
    const result = await run(argv);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(line);
  });

  it('keeps the old database when the import fails', async () => {
    const database = join(dir, 'annuaire.sqlite');
    await run([sampleExtract, '--database', database]);
    const before = readFileSync(database);
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, '');
    const result = await run([sampleExtract, '--database', join(blocked, 'annuaire.sqlite')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Import échoué, la base ${join(blocked, 'annuaire.sqlite')} est inchangée : `);
    expect(readFileSync(database).equals(before)).toBe(true);
  });
});

describe('npm run annuaire:import -- --lang en', () => {
  it('prints the progress line and the summary in English, numbers formatted the English way', async () => {
    const database = join(dir, 'annuaire.sqlite');
    const result = await run([sampleExtract, '--database', database, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Extract read: [\d.]+ kB \(100%\)$/);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      `Directory imported into ${database}`,
      '  extract of November 28, 2026 (PS_LibreAcces_Personne_activite_202611280912.txt)',
      '  rows read: 10; RPPS kept: 9; other identifiers: 1; malformed, skipped: 0',
      '  practitioners: 6; places of practice: 9',
    ]);
    expect(lines[4]).toMatch(/^ {2}time: [\d.]+ s; database: [\d.]+ kB$/);
  });

  it('names the missing columns in English', async () => {
    const file = join(dir, 'other.txt');
    writeFileSync(file, 'Identifiant PP|Nom|\n');
    const result = await run([file, '--database', join(dir, 'annuaire.sqlite'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `Unrecognised format (${file}): not a PS_LibreAcces_Personne_activite extract, the columns «Type d'identifiant PP», `,
    );
    expect(result.stderr).toMatch(/, and «Libellé secteur d'activité» are missing\.$/);
  });

  it('says the old database is kept when the import fails', async () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, '');
    const result = await run([sampleExtract, '--database', join(blocked, 'annuaire.sqlite'), '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Import failed, the database ${join(blocked, 'annuaire.sqlite')} is unchanged: `);
  });
});
