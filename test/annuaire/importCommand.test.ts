import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImportCommandIo, runImportCommand } from '../../annuaire/cli/importCommand';
import { sampleExtract } from '../../annuaire/sqlite/openExtractDirectory';
import { SqliteDirectory } from '../../annuaire/sqlite/sqliteDirectory';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'annuaire-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], extra: Partial<ImportCommandIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCommand(argv, { stdout: (text) => out.push(text), stderr: (text) => err.push(text), env: {}, ...extra });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('npm run annuaire:import', () => {
  it('imports the extract into --database (creating its folder) and prints the summary', async () => {
    const database = join(dir, 'nested', 'annuaire.sqlite');
    const result = await run([sampleExtract, '--database', database]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^Extrait lu : .* \(100 %\)$/);
    expect(result.stdout).toContain(`Annuaire importé dans ${database}`);
    expect(result.stdout).toContain('extrait du 2026-11-28 (PS_LibreAcces_Personne_activite_202611280912.txt)');
    expect(result.stdout).toContain('lignes lues : 10 ; RPPS gardées : 9 ; autres identifiants : 1 ; mal formées ignorées : 0');
    expect(result.stdout).toContain('praticiens : 6 ; lieux d’exercice : 9');
    expect(result.stdout).toMatch(/durée : [\d,]+ s ; base : [\d,]+ ko/);
    const directory = new SqliteDirectory(database);
    expect(await directory.byRpps('10003926135')).toMatchObject({ ok: true, practitioners: [{ lastName: 'DUPONT' }] });
    directory.close();
  });

  it('defaults to $ANNUAIRE_DATABASE and drives the progress bar by bytes read', async () => {
    const database = join(dir, 'env.sqlite');
    const events: string[] = [];
    const progress = { start: (total: number) => events.push(`start ${total}`), update: (value: number) => events.push(`update ${value}`), stop: () => events.push('stop') };
    const result = await run([sampleExtract], { env: { ANNUAIRE_DATABASE: database }, progress });
    const size = statSync(sampleExtract).size;
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(events).toEqual([`start ${size}`, `update ${size}`, 'stop']);
    expect(existsSync(database)).toBe(true);
  });

  it.each([
    [[], 'Commande invalide : indiquez un seul fichier'],
    [['a.txt', 'b.txt'], 'Commande invalide : indiquez un seul fichier'],
    [['a.txt', '--base', 'x'], "Commande invalide : Unknown option '--base'"],
    [['a.txt', '--database'], 'Commande invalide'],
    [['missing.txt'], 'Fichier introuvable : missing.txt'],
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
    expect(result.stderr).toContain(`Format non reconnu (${file})`);
    expect(result.stderr).toContain("«Nom d'exercice»");
    expect(existsSync(database)).toBe(false);
  });

  it('prints the usage for --help', async () => {
    const result = await run(['--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('npm run annuaire:import -- FICHIER [--database CHEMIN]');
  });

  it('keeps the old database when the import fails', async () => {
    const database = join(dir, 'annuaire.sqlite');
    await run([sampleExtract, '--database', database]);
    const before = readFileSync(database);
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, '');
    const result = await run([sampleExtract, '--database', join(blocked, 'annuaire.sqlite')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Import échoué, la base');
    expect(readFileSync(database).equals(before)).toBe(true);
  });
});
