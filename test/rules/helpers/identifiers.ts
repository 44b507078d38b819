import { validate as passesLuhn } from 'luhn';
import {
  validateFiness,
  validateRpps,
  validateRppsRang,
  validateSiret,
  ValidationResult,
} from '../../../rules/identifiers';

/** The guide's RPPS (it passes Luhn): one radiologist, one RPPS, one RPPS-rang per cabinet. */
export const radiologistRpps = '10003926135';

/** `body` plus the Luhn key digit, checked by the project's own validator so the value is usable as an answer. */
export function withLuhnKey(body: string, validator: (input: string) => ValidationResult): string {
  for (let digit = 0; digit <= 9; digit += 1) {
    const candidate = `${body}${digit}`;
    if (!passesLuhn(candidate)) continue;
    const result = validator(candidate);
    if (result.ok) return result.value;
  }
  throw new Error(`no key digit makes ${body} valid`);
}

const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/** The radiologist's RPPS-rang for cabinet `rang` (1-based, at most 99). */
export const validRppsRang = (rang: number): string =>
  withLuhnKey(`${radiologistRpps}${pad(rang, 2)}`, validateRppsRang);

/** Radiologist k's RPPS (the first one is the guide's; the others valid RPPS of their own). */
export const rppsOfRadiologist = (radiologist: number): string =>
  radiologist === 1 ? radiologistRpps : withLuhnKey(`10009${pad(radiologist, 5)}`, validateRpps);

/** Radiologist k's RPPS-rang for his cabinet `rang`: his own RPPS, then the rang. */
export const rppsRangOf = (radiologist: number, rang: number): string =>
  withLuhnKey(`${rppsOfRadiologist(radiologist)}${pad(rang, 2)}`, validateRppsRang);

/** A FINESS géographique in the Saône-et-Loire (71), numbered `n`. */
export const validFiness = (n: number): string => withLuhnKey(`7100${pad(n, 4)}`, validateFiness);

/** A SIRET numbered `n`, away from La Poste's SIREN. */
export const validSiret = (n: number): string => withLuhnKey(`7362${pad(n, 9)}`, validateSiret);
