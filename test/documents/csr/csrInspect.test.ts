import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import {
  csrInspectionSchema,
  csrProblemSchema,
  csrWarningSchema,
  generateKeyAndCsr,
  inspectPastedText,
} from '../../../documents/csr';
import { getI18n, supportedLanguages } from '../../../locales';

type Field = { name: string; value: string };
const fr = (cn: string, o = 'Cabinet X'): Field[] => [
  { name: 'countryName', value: 'FR' },
  { name: 'organizationName', value: o },
  { name: 'commonName', value: cn },
];

/** A CSR built by hand, for what generateKeyAndCsr never produces (small keys, SHA-1, other subjects). */
function forgeCsr(subject: Field[], options: { bits?: number; digest?: 'sha1' | 'sha256' } = {}): string {
  const keys = forge.pki.rsa.generateKeyPair({ bits: options.bits ?? 2048 });
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = keys.publicKey;
  csr.setSubject(subject);
  csr.sign(keys.privateKey, options.digest === 'sha1' ? forge.md.sha1.create() : forge.md.sha256.create());
  return forge.pki.certificationRequestToPem(csr);
}

const good = generateKeyAndCsr({ commonName: 'INSI-AUTO', organisation: 'Société d’imagerie Évry' }).csrPem;
const base64Body = (pem: string): string =>
  pem
    .split(/\r?\n/)
    .filter((line) => line !== '' && !line.startsWith('-----'))
    .join('\n');

describe('inspectPastedText on a CSR', () => {
  it('reads a good CSR: valid signature, RSA 2048, C/O/CN, SHA-256, no problem', () => {
    const inspection = inspectPastedText(`Voici ma CSR :\n${good}\nMerci`, 'INSI-AUTO');
    expect(csrInspectionSchema.parse(inspection)).toEqual({
      kind: 'csr',
      signatureValid: true,
      keyType: 'RSA',
      keyBits: 2048,
      subject: { cn: 'INSI-AUTO', o: 'Société d’imagerie Évry', c: 'FR' },
      signatureAlgorithm: 'sha256WithRSAEncryption',
      problems: [],
      warnings: [],
    });
  });

  it.each([
    ['line breaks turned into spaces', good.replace(/\r?\n/g, ' ')],
    ['CRLF line endings', good.replace(/\r?\n/g, '\r\n')],
    ['no armour at all', base64Body(good)],
    ['the NEW CERTIFICATE REQUEST armour', good.replace(/CERTIFICATE REQUEST/g, 'NEW CERTIFICATE REQUEST')],
  ])('still reads it with %s', (_label, text) => {
    expect(inspectPastedText(text, 'INSI-AUTO')).toMatchObject({ kind: 'csr', signatureValid: true, problems: [] });
  });

  it.each([
    [
      'a wrong CN',
      forgeCsr(fr('Proxy DMP')),
      'INSI-AUTO',
      [{ kind: 'cnMismatch', expected: 'INSI-AUTO', actual: 'Proxy DMP' }],
    ],
    [
      'the other INSi name',
      forgeCsr(fr('INSI-MANU')),
      'INSI-AUTO',
      [{ kind: 'cnMismatch', expected: 'INSI-AUTO', actual: 'INSI-MANU' }],
    ],
    [
      'INSI AUTO',
      forgeCsr(fr('INSI AUTO')),
      'INSI-AUTO',
      [{ kind: 'insiSpelling', expected: 'INSI-AUTO', actual: 'INSI AUTO' }],
    ],
    [
      'insi-auto',
      forgeCsr(fr('insi-auto')),
      'INSI-AUTO',
      [{ kind: 'insiSpelling', expected: 'INSI-AUTO', actual: 'insi-auto' }],
    ],
    [
      'INSI_MANU',
      forgeCsr(fr('INSI_MANU')),
      'INSI-MANU',
      [{ kind: 'insiSpelling', expected: 'INSI-MANU', actual: 'INSI_MANU' }],
    ],
    [
      'Insi Manu, no CN expected',
      forgeCsr(fr('Insi Manu')),
      undefined,
      [{ kind: 'insiSpelling', expected: 'INSI-MANU', actual: 'Insi Manu' }],
    ],
    ['a free CN, no CN expected', forgeCsr(fr('Proxy DMP')), undefined, []],
    ['no CN', forgeCsr(fr('x').slice(0, 2)), 'INSI-AUTO', [{ kind: 'missingCommonName' }]],
    [
      'a 1024-bit key',
      forgeCsr(fr('INSI-AUTO'), { bits: 1024 }),
      'INSI-AUTO',
      [{ kind: 'weakKey', keyBits: 1024, minimumBits: 2048 }],
    ],
    [
      'SHA-1',
      forgeCsr(fr('INSI-AUTO'), { digest: 'sha1' }),
      'INSI-AUTO',
      [{ kind: 'sha1Signature', algorithm: 'sha1WithRSAEncryption' }],
    ],
  ])('reports %s', (_label, pem, expected, problems) => {
    const inspection = inspectPastedText(pem, expected);
    expect(inspection.kind === 'csr' && inspection.problems).toEqual(problems);
  });

  // Guide §8: the platform fills C, O and OU; «C=FR, O=raison sociale» are best kept, so only a warning.
  it.each([
    ['no country', forgeCsr(fr('INSI-AUTO').slice(1)), [{ kind: 'missingCountry' }]],
    [
      'country BE',
      forgeCsr([{ name: 'countryName', value: 'BE' }, ...fr('INSI-AUTO').slice(1)]),
      [{ kind: 'countryNotFr', actual: 'BE' }],
    ],
    [
      'an RPPS-rang as O',
      forgeCsr(fr('INSI-AUTO', '10003926135546')),
      [{ kind: 'organisationIsNumber', actual: '10003926135546' }],
    ],
    [
      'no O at all',
      forgeCsr([fr('INSI-AUTO')[0], fr('INSI-AUTO')[2]].filter((field): field is Field => field !== undefined)),
      [],
    ],
  ])('warns, without refusing, about %s', (_label, pem, warnings) => {
    expect(inspectPastedText(pem, 'INSI-AUTO')).toMatchObject({ kind: 'csr', problems: [], warnings });
  });

  it('reads the OU and a 1024-bit key size', () => {
    const pem = forgeCsr([...fr('INSI-AUTO'), { name: 'organizationalUnitName', value: '410003926135546' }], {
      bits: 1024,
    });
    expect(inspectPastedText(pem)).toMatchObject({ keyBits: 1024, subject: { ou: '410003926135546' } });
  });

  it('finds a bad signature when the signed content was altered', () => {
    const der = Buffer.from(base64Body(good), 'base64');
    const tampered = Buffer.from(der.toString('latin1').replace('INSI-AUTO', 'INSI-MANU'), 'latin1');
    const inspection = inspectPastedText(tampered.toString('base64'), 'INSI-MANU');
    expect(inspection).toMatchObject({ kind: 'csr', signatureValid: false, problems: [{ kind: 'badSignature' }] });
  });

  it('reads an EC CSR made by OpenSSL as a non-RSA key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'csr-ec-'));
    try {
      const keyOut = join(dir, 'ec.key');
      const args = [
        'req',
        '-new',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        keyOut,
        '-subj',
        '/C=FR/O=Cabinet X/CN=INSI-AUTO',
      ];
      const pem = spawnSync('openssl', args, { encoding: 'utf8' }).stdout;
      expect(readFileSync(keyOut, 'utf8')).toContain('PRIVATE KEY');
      expect(inspectPastedText(pem, 'INSI-AUTO')).toMatchObject({
        kind: 'csr',
        signatureValid: true,
        keyType: 'other',
        keyBits: 256,
        signatureAlgorithm: 'ecdsa-with-SHA256',
        problems: [{ kind: 'notRsa' }],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('inspectPastedText on what is not a usable CSR', () => {
  const lines = good.trim().split('\n');
  it.each([
    ['a truncated body', [...lines.slice(0, 6), lines[lines.length - 1]].join('\n')],
    ['a missing END line', lines.slice(0, -3).join('\n')],
    ['characters that are not base64', good.replace(/\n(.)/, '\n#$1')],
    ['an empty body', '-----BEGIN CERTIFICATE REQUEST-----\n-----END CERTIFICATE REQUEST-----'],
    [
      'base64 that is not DER',
      `-----BEGIN CERTIFICATE REQUEST-----\n${Buffer.from('bonjour '.repeat(20)).toString('base64')}\n-----END CERTIFICATE REQUEST-----`,
    ],
  ])('calls %s corrupted', (_label, text) => {
    expect(inspectPastedText(text)).toEqual({ kind: 'corrupted' });
  });

  it.each([
    ['an empty message', ''],
    ['a sentence', "Je n'ai pas encore créé la CSR, comment faire ?"],
    ['a public key', forge.pki.publicKeyToPem(forge.pki.rsa.generateKeyPair({ bits: 1024 }).publicKey)],
    ['a URL', 'https://pfc.eservices.esante.gouv.fr/produits/demander?structure=410003926135546&offre=ORG'],
  ])('calls %s notCsr', (_label, text) => {
    expect(inspectPastedText(text)).toEqual({ kind: 'notCsr' });
  });
});

// Issue 13 §4: the second half of a key is random-looking base64 with no structure; nothing else asked for looks so.
it('calls random base64 (what half a private key looks like) a private key', () => {
  expect(
    inspectPastedText(
      Buffer.from(Array.from({ length: 300 }, (_, index) => (index * 37 + 11) % 256)).toString('base64'),
    ),
  ).toEqual({ kind: 'privateKey' });
});

describe('csr.check messages', () => {
  const problemShapes = csrProblemSchema.options.map(
    (option) => [option.shape.kind.value, Object.keys(option.shape)] as const,
  );

  it.each(
    supportedLanguages.flatMap((language) => problemShapes.map(([kind, fields]) => [language, kind, fields] as const)),
  )('%s has a message for %s that only uses its fields', (language, kind, fields) => {
    const message = getI18n().getFixedT(language)(`csr.check.problems.${kind}`);
    expect(message).not.toBe(`csr.check.problems.${kind}`);
    const placeholders = Array.from(message.matchAll(/\{\{(\w+)\}\}/g), (match) => match[1]);
    expect(fields).toEqual(expect.arrayContaining(placeholders));
  });

  const warningShapes = csrWarningSchema.options.map(
    (option) => [option.shape.kind.value, Object.keys(option.shape)] as const,
  );

  it.each(
    supportedLanguages.flatMap((language) => warningShapes.map(([kind, fields]) => [language, kind, fields] as const)),
  )('%s has a warning message for %s that only uses its fields', (language, kind, fields) => {
    const message = getI18n().getFixedT(language)(`csr.check.warnings.${kind}`);
    expect(message).not.toBe(`csr.check.warnings.${kind}`);
    const placeholders = Array.from(message.matchAll(/\{\{(\w+)\}\}/g), (match) => match[1]);
    expect(fields).toEqual(expect.arrayContaining(placeholders));
  });

  it.each(supportedLanguages)(
    '%s: the private-key message says it was not kept and to make a new key and CSR',
    (language) => {
      const message = getI18n().getFixedT(language)('csr.check.privateKey');
      expect(message).toMatch(
        language === 'fr'
          ? /jamais quitter le serveur[\s\S]*pas conservée[\s\S]*compromise[\s\S]*nouvelle clé et une nouvelle CSR/
          : /never leave the server[\s\S]*did not keep[\s\S]*compromised[\s\S]*new key and a new CSR/,
      );
    },
  );
});
