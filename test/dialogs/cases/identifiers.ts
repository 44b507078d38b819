import { validate as passesLuhn } from 'luhn';
import {
  validateFiness,
  validateRpps,
  validateRppsRang,
  validateSiret,
  ValidationResult,
} from '../../../rules/identifiers';

/** `body` followed by the one key digit that passes Luhn and the project's own validator. */
function withKey(body: string, validator: (input: string) => ValidationResult): string {
  for (let digit = 0; digit <= 9; digit += 1) {
    const candidate = `${body}${digit}`;
    if (passesLuhn(candidate) && validator(candidate).ok) return candidate;
  }
  throw new Error(`no key digit makes ${body} valid`);
}

/** The same identifier with a wrong key digit: typed with a slip of the finger. */
export function withWrongKey(valid: string): string {
  const key = Number(valid.slice(-1));
  return `${valid.slice(0, -1)}${(key + 1) % 10}`;
}

const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/** The guide's radiologist (RPPS 10003926135): one RPPS-rang per cabinet, rang 01, 02… */
export const rppsRang = (rang: number): string => withKey(`10003926135${pad(rang, 2)}`, validateRppsRang);
/** Another radiologist of the group (RPPS with its key), and his RPPS-rang, rang 01, 02… */
export const otherRpps = withKey('1000999888', validateRpps);
export const otherRppsRang = (rang: number): string => withKey(`${otherRpps}${pad(rang, 2)}`, validateRppsRang);
/** A third radiologist. */
export const thirdRpps = withKey('1000777666', validateRpps);
export const thirdRppsRang = (rang: number): string => withKey(`${thirdRpps}${pad(rang, 2)}`, validateRppsRang);
/** A FINESS géographique in Saône-et-Loire (71). */
export const finess = (n: number): string => withKey(`7100${pad(n, 4)}`, validateFiness);
/** A SIRET away from La Poste's SIREN. */
export const siret = (n: number): string => withKey(`8123${pad(n, 9)}`, validateSiret);
