import type { CertificateRequest } from '../../rules/plan/schema';

/** A CSR's subject as openssl's -subj reads it: «/» and «\» inside a value are escaped for openssl. */
export function opensslSubject(certificate: CertificateRequest): string {
  const escape = (value: string) => value.replace(/[\\/]/g, (character) => `\\${character}`);
  // O is the raison sociale; without one (several cabinets on one request) it is left out, never a number (guide §8).
  const organisation = /\p{L}/u.test(certificate.structure.denomination)
    ? certificate.structure.denomination.trim()
    : '';
  return [
    `/C=FR`,
    organisation === '' ? '' : `/O=${escape(organisation)}`,
    `/CN=${escape(certificate.commonName)}`,
  ].join('');
}

/** The key and CSR files' stem: the CN, and the structure's identifier when several structures share a server. */
export function fileStem(certificate: CertificateRequest, withStructure: boolean): string {
  const name =
    certificate.commonName
      .normalize('NFD')
      .replace(/[^A-Za-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'certificat';
  return withStructure ? `${name}-${certificate.structure.identifier}` : name;
}

/** Double quotes for bash: only \ " $ ` are special inside them. */
const bashQuoted = (value: string) => `"${value.replace(/[\\"$`]/g, (character) => `\\${character}`)}"`;
/** Single quotes for PowerShell: nothing is special inside them but the quote, doubled. */
const powershellQuoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * openssl, creating the key on the server that will hold the certificate (guide §6.8): on Linux (bash) and on
 * Windows (PowerShell, OpenSSL installed). Long lines are continued so that nothing is cut off in a chat bubble.
 */
export function csrCommands(
  certificate: CertificateRequest,
  withStructure: boolean,
): { linux: string[]; windows: string[] } {
  const stem = fileStem(certificate, withStructure);
  const subject = opensslSubject(certificate);
  return {
    linux: [
      'openssl req -new -newkey rsa:2048 -sha256 -nodes \\',
      `  -keyout ${stem}.key.pem \\`,
      `  -out ${stem}.csr.pem \\`,
      `  -subj ${bashQuoted(subject)}`,
      `chmod 600 ${stem}.key.pem`,
      `openssl req -in ${stem}.csr.pem -noout -verify -subject`,
    ],
    windows: [
      'openssl req -new -newkey rsa:2048 -sha256 -nodes `',
      `  -keyout ${stem}.key.pem \``,
      `  -out ${stem}.csr.pem \``,
      `  -subj ${powershellQuoted(subject)}`,
      `icacls ${stem}.key.pem \``,
      `  /inheritance:r /grant:r "\${env:USERNAME}:F"`,
      `openssl req -in ${stem}.csr.pem -noout -verify -subject`,
    ],
  };
}
