import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCsrCommand } from '../../../documents/cli/csrCommand';

function openssl(args: string[]): { status: number | null; output: string } {
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function run(argv: string[]): { code: number; stdout: string; stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCsrCommand(argv, { stdout: (text) => out.push(text), stderr: (text) => err.push(text) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'csr-command-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('runCsrCommand writes a key and a CSR that OpenSSL accepts', () => {
  it.each([
    ['INSI-AUTO', 'Cabinet X', [], 2048, 'INSI-AUTO'],
    ['INSI-MANU', 'Société d’imagerie Évry', ['--bits', '3072'], 3072, 'INSI-MANU'],
    ['Proxy DMP CHU Nantes', 'GIE du Morvan', ['--bits=4096'], 4096, 'Proxy_DMP_CHU_Nantes'],
  ])('CN %s, O %s %j', (cn, o, extra, bits, stem) => {
    const result = run(['--cn', cn, '--o', o, '--out', dir, ...extra]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const keyPath = join(dir, `${stem}.key.pem`);
    const csrPath = join(dir, `${stem}.csr.pem`);

    const verified = openssl(['req', '-in', csrPath, '-noout', '-verify']);
    expect(verified.status).toBe(0);
    expect(verified.output).toContain('verify OK');
    const subject = openssl(['req', '-in', csrPath, '-noout', '-subject', '-nameopt', 'utf8,sep_comma_plus_space']);
    expect(subject.output).toContain(`subject=C=FR, O=${o}, CN=${cn}`);
    expect(openssl(['req', '-in', csrPath, '-noout', '-text']).output).toMatch(
      new RegExp(`Public-Key: \\(${bits} bit\\)[\\s\\S]*Signature Algorithm: sha256WithRSAEncryption`),
    );
    // The CSR carries the public half of the written key.
    expect(openssl(['req', '-in', csrPath, '-noout', '-pubkey']).output).toBe(
      openssl(['pkey', '-in', keyPath, '-pubout']).output,
    );

    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyPath, 'utf8')).toContain('-----BEGIN PRIVATE KEY-----');
    const keyBody = readFileSync(keyPath, 'utf8').split('\n')[1] ?? 'missing';
    expect(result.stdout).not.toContain('PRIVATE KEY');
    expect(result.stdout).not.toContain(keyBody);
    expect(result.stdout).toContain(csrPath);
    expect(result.stdout).toContain(keyPath);
    expect(result.stdout).toContain('« Charger la CSR »');
  });

  it('answers in English with --lang en', () => {
    const result = run(['--cn', 'INSI-AUTO', '--o', 'Cabinet X', '--out', dir, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Next step');
    expect(result.stdout).toContain('«Charger la CSR»');
  });

  it('refuses to overwrite an existing key and leaves it untouched', () => {
    expect(run(['--cn', 'INSI-AUTO', '--o', 'Cabinet X', '--out', dir]).code).toBe(0);
    const before = readFileSync(join(dir, 'INSI-AUTO.key.pem'), 'utf8');
    const again = run(['--cn', 'INSI-AUTO', '--o', 'Cabinet X', '--out', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('existe déjà');
    expect(readFileSync(join(dir, 'INSI-AUTO.key.pem'), 'utf8')).toBe(before);
  });

  it('creates the output folder and keeps a path-like CN inside it', () => {
    const out = join(dir, 'nested', 'certs');
    expect(run(['--cn', '../../etc/x', '--o', 'Cabinet X', '--out', out]).code).toBe(0);
    expect(statSync(join(out, '__.._etc_x.key.pem')).isFile()).toBe(true);
  });
});

describe('runCsrCommand rejects bad arguments with exit code 2', () => {
  it.each([
    ['no CN', ['--o', 'Cabinet X', '--out', '.'], '--cn :'],
    ['empty CN', ['--cn', ' ', '--o', 'Cabinet X', '--out', '.'], '--cn :'],
    ['CN over 64 characters', ['--cn', 'A'.repeat(65), '--o', 'Cabinet X', '--out', '.'], '--cn :'],
    ['no organisation', ['--cn', 'INSI-AUTO', '--out', '.'], '--o\u00a0:'],
    // A CSR's O is the raison sociale, never a number (guide §8).
    [
      'a number as organisation',
      ['--cn', 'INSI-AUTO', '--o', '10003926135546', '--out', '.'],
      'un nom et non un numéro',
    ],
    ['no output folder', ['--cn', 'INSI-AUTO', '--o', 'Cabinet X'], '--out :'],
    ['a 1024-bit key', ['--cn', 'INSI-AUTO', '--o', 'Cabinet X', '--out', '.', '--bits', '1024'], '--bits :'],
    ['an unknown language', ['--cn', 'INSI-AUTO', '--o', 'Cabinet X', '--out', '.', '--lang', 'de'], '--lang :'],
    ['an unknown option', ['--cn', 'INSI-AUTO', '--o', 'Cabinet X', '--out', '.', '--force'], 'option inconnue'],
    ['an option without value', ['--o', 'Cabinet X', '--out', '.', '--cn'], 'option inconnue'],
    ['INSI AUTO with a space', ['--cn', 'INSI AUTO', '--o', 'Cabinet X', '--out', '.'], 'exactement INSI-AUTO'],
    ['insi-manu in lower case', ['--cn', 'insi-manu', '--o', 'Cabinet X', '--out', '.'], 'exactement INSI-MANU'],
  ])('%s', (_label, argv, message) => {
    const result = run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Arguments invalides');
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Utilisation');
  });

  it('lists every bad argument at once, in English with --lang en', () => {
    const result = run(['--lang', 'en', '--bits', '512']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Invalid arguments:\n- --cn:.*\n- --o:.*\n- --out:.*\n- --bits:/);
  });

  it('prints the usage with --help', () => {
    expect(run(['--help'])).toMatchObject({
      code: 0,
      stderr: '',
      stdout: expect.stringContaining('npm run csr -- --cn'),
    });
  });
});
