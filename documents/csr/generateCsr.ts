import forge from 'node-forge';
import { z } from 'zod';
import { commonNameSchema, organisationSchema } from './commonName';

export const csrRequestSchema = z.object({
  commonName: commonNameSchema,
  organisation: organisationSchema,
  country: z.literal('FR').default('FR'),
  keyBits: z.union([z.literal(2048), z.literal(3072), z.literal(4096)]).default(2048),
});

export type CsrRequest = z.input<typeof csrRequestSchema>;

export interface KeyAndCsr {
  privateKeyPem: string;
  csrPem: string;
}

/**
 * @types/node-forge declares `valueTagClass` as an asn1.Class, but forge reads an asn1.Type there;
 * UTF8String keeps accents in «raison sociale» intact (PrintableString, forge's default, cannot hold them).
 */
function utf8Field(name: string, value: string): forge.pki.CertificateField {
  const field: forge.pki.CertificateField = { name, value };
  Reflect.set(field, 'valueTagClass', forge.asn1.Type.UTF8);
  return field;
}

/**
 * New RSA key pair and a SHA-256 CSR with subject C=FR, O=<raison sociale>, CN=<Service applicatif>
 * (guide §6.8, §8). Run it on the server where the certificate will be installed: the key never leaves it.
 */
export function generateKeyAndCsr(request: CsrRequest): KeyAndCsr {
  const { commonName, organisation, country, keyBits } = csrRequestSchema.parse(request);
  // forge delegates to Node's native generateKeyPairSync when available: fast and from the OS's CSPRNG.
  const keys = forge.pki.rsa.generateKeyPair({ bits: keyBits, e: 0x10001 });
  const csr = forge.pki.createCertificationRequest();
  csr.publicKey = keys.publicKey;
  csr.setSubject([
    { name: 'countryName', value: country },
    utf8Field('organizationName', organisation),
    utf8Field('commonName', commonName),
  ]);
  csr.sign(keys.privateKey, forge.md.sha256.create());
  const privateKeyInfo = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(keys.privateKey));
  return {
    privateKeyPem: forge.pki.privateKeyInfoToPem(privateKeyInfo),
    csrPem: forge.pki.certificationRequestToPem(csr),
  };
}
