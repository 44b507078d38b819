import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, KeyObject } from 'node:crypto';
import forge from 'node-forge';
import { containsPrivateKey, generateKeyAndCsr, inspectPastedText } from '../../../documents/csr';

const openssl = (args: string[]): string => spawnSync('openssl', args, { encoding: 'utf8' }).stdout;

const sshString = (value: Buffer | string): Buffer => {
  const bytes = Buffer.from(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};

/** An unencrypted ed25519 key in OpenSSH's own format (PROTOCOL.key), as ssh-keygen writes it. */
function openSshPem(privateKey: KeyObject): string {
  const jwk = privateKey.export({ format: 'jwk' });
  const publicRaw = Buffer.from(jwk.x ?? '', 'base64url');
  const seed = Buffer.from(jwk.d ?? '', 'base64url');
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(publicRaw)]);
  const check = Buffer.from([1, 2, 3, 4, 1, 2, 3, 4]);
  const fields = Buffer.concat([
    check,
    publicBlob,
    sshString(Buffer.concat([seed, publicRaw])),
    sshString('admin@ris'),
  ]);
  const padding = Buffer.from(Array.from({ length: (8 - (fields.length % 8)) % 8 }, (_, index) => index + 1));
  const blob = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString('none'),
    sshString('none'),
    sshString(''),
    Buffer.from([0, 0, 0, 1]),
    sshString(publicBlob),
    sshString(Buffer.concat([fields, padding])),
  ]);
  const lines = blob.toString('base64').match(/.{1,70}/g) ?? [];
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----', ''].join('\n');
}

function pkcs12Base64(): string {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048 });
  const certificate = forge.pki.createCertificate();
  certificate.publicKey = keys.publicKey;
  certificate.serialNumber = '01';
  certificate.validity.notBefore = new Date(Date.UTC(2025, 0, 1));
  certificate.validity.notAfter = new Date(Date.UTC(2028, 0, 1));
  certificate.setSubject([{ name: 'commonName', value: 'INSI-AUTO' }]);
  certificate.setIssuer([{ name: 'commonName', value: 'INSI-AUTO' }]);
  certificate.sign(keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, certificate, 'secret', { algorithm: '3des' });
  return forge.util.encode64(forge.asn1.toDer(p12).getBytes(), 64);
}

const rsa = forge.pki.rsa.generateKeyPair({ bits: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
const ed25519 = generateKeyPairSync('ed25519').privateKey;
const pem = {
  'PKCS#8 (generateKeyAndCsr)': generateKeyAndCsr({ commonName: 'INSI-AUTO', organisation: 'Cabinet X' }).privateKeyPem,
  'PKCS#8 (openssl genpkey)': openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']),
  'PKCS#1 RSA (openssl genrsa -traditional)': openssl(['genrsa', '-traditional', '2048']),
  'PKCS#1 RSA (node-forge)': forge.pki.privateKeyToPem(rsa.privateKey),
  'SEC1 EC': ec.export({ type: 'sec1', format: 'pem' }).toString(),
  'PKCS#8 EC': ec.export({ type: 'pkcs8', format: 'pem' }).toString(),
  'PKCS#8 Ed25519': ed25519.export({ type: 'pkcs8', format: 'pem' }).toString(),
  'encrypted PKCS#8 (node-forge)': forge.pki.encryptRsaPrivateKey(rsa.privateKey, 'secret'),
  'encrypted PKCS#8 (openssl)': openssl(['genpkey', '-algorithm', 'RSA', '-aes-256-cbc', '-pass', 'pass:secret']),
  OpenSSH: openSshPem(ed25519),
  'PKCS#12': `-----BEGIN PKCS12-----\n${pkcs12Base64()}\n-----END PKCS12-----\n`,
};

const bodyOf = (text: string): string =>
  text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('-----'))
    .join('\n');

const variants = Object.entries(pem).flatMap(([name, text]) => [
  [`${name}, PEM`, text],
  [`${name}, PEM inside a sentence`, `Voici le fichier du serveur : ${text} c'est bon ?`],
  [`${name}, bare base64`, bodyOf(text)],
  [`${name}, bare base64 on one line`, bodyOf(text).replace(/\n/g, ' ')],
  [`${name}, bare base64 cut after its first line`, `début : ${bodyOf(text).split('\n')[0] ?? ''}`],
  [`${name}, bare base64 inside a JSON card value`, JSON.stringify({ text: bodyOf(text) })],
]);

describe('private keys are recognised in every form', () => {
  it('generated every key', () => {
    expect(Object.values(pem).every((text) => text.length > 100)).toBe(true);
  });

  it.each(variants)('%s', (_label, text) => {
    expect(containsPrivateKey(text)).toBe(true);
    expect(inspectPastedText(text, 'INSI-AUTO')).toEqual({ kind: 'privateKey' });
  });

  it.each([
    ['PuTTY', 'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: admin@ris\nPublic-Lines: 2\n'],
    ['a JWK', JSON.stringify(ec.export({ format: 'jwk' }))],
    ['a JWK inside a JSON card value', JSON.stringify({ text: JSON.stringify(ed25519.export({ format: 'jwk' })) })],
    [
      'a CSR pasted with its key',
      `${generateKeyAndCsr({ commonName: 'INSI-AUTO', organisation: 'X' }).csrPem}${pem['SEC1 EC']}`,
    ],
  ])('%s', (_label, text) => {
    expect(containsPrivateKey(text)).toBe(true);
    expect(inspectPastedText(text)).toEqual({ kind: 'privateKey' });
  });
});

describe('other text is not taken for a private key', () => {
  const certificate = openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    '/dev/null',
    '-subj',
    '/CN=INSI-AUTO',
    '-days',
    '1',
  ]);
  it.each([
    ['a CSR', generateKeyAndCsr({ commonName: 'INSI-AUTO', organisation: 'Cabinet X' }).csrPem],
    ['a bare CSR', bodyOf(generateKeyAndCsr({ commonName: 'INSI-AUTO', organisation: 'Cabinet X' }).csrPem)],
    ['a certificate', certificate],
    ['a bare certificate', bodyOf(certificate)],
    ['a public key', forge.pki.publicKeyToPem(rsa.publicKey)],
    ['a bare PKCS#1 public key', bodyOf(forge.pki.publicKeyToRSAPublicKeyPem(rsa.publicKey))],
    ['a question about the key', 'Où est la clé privée ? Faut-il vous envoyer le fichier private key ?'],
    [
      'a long message',
      'Bonjour, le cabinet de radiologie du Rouennais souhaite renouveler ses certificats. '.repeat(2000),
    ],
  ])('%s', (_label, text) => {
    expect(containsPrivateKey(text)).toBe(false);
  });

  it('checks a 200 kB message quickly', () => {
    const text = `${'Texte libre avec des mots et des chiffres 0612345678. '.repeat(2000)}${bodyOf(certificate).repeat(50)}`;
    const started = process.hrtime.bigint();
    expect(containsPrivateKey(text)).toBe(false);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
  });
});
