import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { containsPrivateKey, generateKeyAndCsr, inspectPastedText } from '../../../documents/csr';

const openssl = (args: string[], input?: string): string =>
  spawnSync('openssl', args, { encoding: 'utf8', input }).stdout;

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const der = privateKey.export({ type: 'pkcs8', format: 'der' });
const body = der.toString('base64');
const halfway = Math.floor(body.length / 2);
const groups = (text: string, width: number, separator = ' ') =>
  (text.match(new RegExp(`.{1,${width}}`, 'g')) ?? []).join(separator);
const textDump = openssl(['pkey', '-text', '-noout'], pem);
const pemLines = pem.trim().split('\n');

// Issue 13 §4: "base64 in groups of 4 or 32 characters, hex, or half a key" reached the transcript.
describe('key material in every shape it is pasted', () => {
  it.each([
    ['base64 in groups of 4', groups(body, 4)],
    ['base64 in groups of 32', groups(body, 32)],
    ['base64 in groups of 4 after a sentence', `merci voila ma cle ${groups(body, 4)}`],
    ['hex', der.toString('hex')],
    ['hex bytes spaced', groups(der.toString('hex'), 2)],
    ['hex bytes with colons, 16 a line', groups(groups(der.toString('hex'), 2, ':'), 48, ':\n')],
    ["openssl's text dump", textDump],
    ["the second half of openssl's text dump", textDump.slice(Math.floor(textDump.length / 2))],
    ['the first half of the PEM', pemLines.slice(0, pemLines.length / 2).join('\n')],
    ['the second half of the PEM, without its END line', pemLines.slice(pemLines.length / 2, -1).join('\n')],
    ['the second half of the base64, in groups of 4', groups(body.slice(halfway - (halfway % 4)), 4)],
    ['the second half of the hex', der.toString('hex').slice(der.length)],
    ['a data: URL of the DER file', `data:application/octet-stream;base64,${body}`],
    ['a data: URL of the PEM file', `data:text/plain;base64,${Buffer.from(pem).toString('base64')}`],
    ['a percent-encoded data: URL of the PEM file', `data:text/plain,${encodeURIComponent(pem)}`],
    [
      'pseudo-random base64 (what the second half of a key looks like)',
      Buffer.concat(Array.from({ length: 20 }, (_, i) => createHash('sha256').update(String(i)).digest())).toString(
        'base64',
      ),
    ],
  ])('%s', (_label, text) => {
    expect(containsPrivateKey(text)).toBe(true);
    expect(inspectPastedText(text)).toEqual({ kind: 'privateKey' });
  });
});

describe('what the bot is sent in a normal conversation stays', () => {
  const { csrPem } = generateKeyAndCsr({ commonName: 'INSI-AUTO', organisation: 'Cabinet X' });
  const csrBody = csrPem
    .split('\n')
    .filter((line) => line && !line.startsWith('-----'))
    .join('');
  it.each([
    ['a CSR in groups of 4', groups(csrBody, 4)],
    ['a CSR as hex', Buffer.from(csrBody, 'base64').toString('hex')],
    ["a CSR's openssl text dump", openssl(['req', '-text', '-noout'], csrPem)],
    ['a CSR in a data: URL', `data:application/pkcs10;base64,${csrBody}`],
    [
      'an image in a data: URL',
      `data:image/png;base64,${Buffer.concat(Array.from({ length: 40 }, (_, i) => createHash('sha256').update(`png${i}`).digest())).toString('base64')}`,
    ],
    [
      'a list of RPPS-rang',
      Array.from({ length: 40 }, (_, i) => `1010${String(1234567 + i).padStart(7, '0')}1`).join(' '),
    ],
    ['phone numbers in pairs', Array.from({ length: 30 }, () => '06 29 00 11 22').join(', ')],
    ['a link with a long token', `https://exemple.sharepoint.com/upload?tempauth=${'A1b2C3d4'.repeat(40)}`],
    ['a SHA-256 fingerprint', createHash('sha256').update('x').digest('hex').match(/../g)?.join(':') ?? ''],
    [
      'a long message',
      'Le cabinet de radiologie du Rouennais, 12 rue des Carmes, souhaite renouveler ses certificats INSI-AUTO. '.repeat(
        300,
      ),
    ],
    ['the word coefficient', 'Le coefficient : 2, priv: non, prime1: oui'],
  ])('%s', (_label, text) => {
    expect(containsPrivateKey(text)).toBe(false);
  });
});
