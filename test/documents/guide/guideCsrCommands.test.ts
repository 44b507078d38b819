import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectPastedText } from '../../../documents/csr';
import { csrCommands, opensslSubject } from '../../../documents/guide/csrCommands';
import type { CertificateRequest } from '../../../rules/plan/schema';

const directory = mkdtempSync(join(tmpdir(), 'guide-csr-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const certificate = (denomination: string, commonName = 'INSI-AUTO'): CertificateRequest => ({
  structure: {
    identifierKind: 'rppsRang',
    identifier: '10003926135546',
    nationalStructureId: '410003926135546',
    denomination,
  },
  commonName,
  commonNameFixed: commonName.startsWith('INSI-'),
  usages: ['AUTH_CLI'],
  services: ['insi'],
});

/** Runs the guide's Linux lines as the admin would paste them into bash, in a folder of its own. */
function runLinux(request: CertificateRequest, withStructure = false): { csr: string; folder: string; stem: string } {
  const folder = mkdtempSync(join(directory, 'run-'));
  const lines = csrCommands(request, withStructure).linux;
  execFileSync('bash', ['-e', '-c', lines.join('\n')], { cwd: folder, stdio: 'pipe' });
  const stem = /-keyout (\S+)\.key\.pem/.exec(lines.join('\n'))?.[1] ?? '';
  return { csr: readFileSync(join(folder, `${stem}.csr.pem`), 'utf8'), folder, stem };
}

/** Guide §6.8: the CSR is made on the server with openssl; §8: subject C=FR, O=raison sociale, CN=Service applicatif. */
describe('the CSR commands of the implementation guide', () => {
  it.each([
    ['a plain name', 'GIE du Morvan'],
    [
      'an apostrophe, quotes, a slash, a dollar, a backtick and a backslash',
      'Cabinet d\'Imagerie "Les 2/3" $HOME `id` \\ fin',
    ],
  ])(
    'Linux: bash and openssl make a CSR whose subject is exactly C=FR, O=<raison sociale>, CN, with %s',
    (_case, denomination) => {
      const { csr, folder, stem } = runLinux(certificate(denomination));
      expect(inspectPastedText(csr, 'INSI-AUTO')).toMatchObject({
        kind: 'csr',
        subject: { c: 'FR', o: denomination, cn: 'INSI-AUTO' },
        problems: [],
        warnings: [],
      });
      expect(statSync(join(folder, `${stem}.key.pem`)).mode & 0o777).toBe(0o600);
    },
  );

  it.each([
    ['no raison sociale (a request for several cabinets)', ''],
    ['a number typed as the raison sociale', '10003926135546'],
  ])('never puts a number, or anything, in O when there is %s', (_case, denomination) => {
    expect(opensslSubject(certificate(denomination))).toBe('/C=FR/CN=INSI-AUTO');
    const { csr } = runLinux(certificate(denomination));
    expect(inspectPastedText(csr, 'INSI-AUTO')).toMatchObject({
      kind: 'csr',
      subject: { c: 'FR', o: null, cn: 'INSI-AUTO' },
      warnings: [],
    });
  });

  it('names the files after the structure too when one server may hold several structures’ INSI-AUTO', () => {
    expect(runLinux(certificate('Cabinet'), true).stem).toBe('INSI-AUTO-10003926135546');
  });

  it('Windows: PowerShell single quotes, a doubled apostrophe, continuation backticks and owner-only rights with icacls', () => {
    const lines = csrCommands(certificate("Cabinet d'Imagerie"), false).windows;
    expect(lines).toEqual([
      'openssl req -new -newkey rsa:2048 -sha256 -nodes `',
      '  -keyout INSI-AUTO.key.pem `',
      '  -out INSI-AUTO.csr.pem `',
      "  -subj '/C=FR/O=Cabinet d''Imagerie/CN=INSI-AUTO'",
      'icacls INSI-AUTO.key.pem `',
      '  /inheritance:r /grant:r "${env:USERNAME}:F"',
      'openssl req -in INSI-AUTO.csr.pem -noout -verify -subject',
    ]);
  });

  it('keeps every line short enough for a chat bubble or the PDF, and gives no command the admin does not have', () => {
    const { linux, windows } = csrCommands(certificate('Cabinet de radiologie du Rouennais', 'INSI-MANU'), true);
    expect([...linux, ...windows].filter((line) => line.length > 80)).toEqual([]);
    expect([...linux, ...windows].filter((line) => /\bnpm\b|node /.test(line))).toEqual([]);
  });
});
