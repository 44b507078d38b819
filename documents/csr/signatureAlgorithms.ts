/** CSR signature algorithms we can verify, by OID: the name shown to the user and Node's digest name. */
export const signatureAlgorithms: Record<string, { name: string; digest: string }> = {
  '1.2.840.113549.1.1.5': { name: 'sha1WithRSAEncryption', digest: 'sha1' },
  '1.2.840.113549.1.1.11': { name: 'sha256WithRSAEncryption', digest: 'sha256' },
  '1.2.840.113549.1.1.12': { name: 'sha384WithRSAEncryption', digest: 'sha384' },
  '1.2.840.113549.1.1.13': { name: 'sha512WithRSAEncryption', digest: 'sha512' },
  '1.2.840.10045.4.1': { name: 'ecdsa-with-SHA1', digest: 'sha1' },
  '1.2.840.10045.4.3.2': { name: 'ecdsa-with-SHA256', digest: 'sha256' },
  '1.2.840.10045.4.3.3': { name: 'ecdsa-with-SHA384', digest: 'sha384' },
  '1.2.840.10045.4.3.4': { name: 'ecdsa-with-SHA512', digest: 'sha512' },
};

/** Subject attribute types read from a CSR. */
export const subjectOids = {
  commonName: '2.5.4.3',
  country: '2.5.4.6',
  organisation: '2.5.4.10',
  organisationalUnit: '2.5.4.11',
} as const;
