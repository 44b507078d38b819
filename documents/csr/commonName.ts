import { z } from 'zod';
import { insiCommonNames } from '../../rules/plan/certificates';

/** X.520 upper bound for commonName and organizationName (ub-common-name, ub-organization-name). */
export const maxSubjectValueLength = 64;

export const commonNameSchema = z.string().trim().min(1).max(maxSubjectValueLength);
/** A CSR's O is the raison sociale: a name, never a number (guide §8: O=<raison sociale>, the identifier is the OU). */
export const organisationSchema = z.string().trim().min(1).max(maxSubjectValueLength).regex(/\p{L}/u);

const insiNames: readonly string[] = Object.values(insiCommonNames);

/** Letters and digits only, upper case: «INSI auto», «insi_auto», «INSI–AUTO» all become INSIAUTO. */
const squeeze = (value: string): string => value.toUpperCase().replace(/[^A-Z0-9]/g, '');

export const isInsiCommonName = (value: string): boolean => insiNames.includes(value);

/**
 * The exact INSi name a CN was meant to be, when it is only a misspelling of it (case, space, underscore…):
 * the INSi teleservice rejects anything but INSI-AUTO / INSI-MANU (guide §6.6, §8, error DESIR_560).
 */
export function intendedInsiName(actual: string): string | undefined {
  if (isInsiCommonName(actual)) return undefined;
  return insiNames.find((name) => squeeze(name) === squeeze(actual));
}
