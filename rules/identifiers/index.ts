import { IdentifierKind, ValidationResult } from './validationResult';
import { validateRpps } from './rpps';
import { validateRppsRang } from './rppsRang';
import { validateFiness } from './finess';
import { validateSiret } from './siret';
import { validateCardNumber } from './cardNumber';
import { validatePhone } from './phone';
import { validateEmail } from './email';

export * from './validationResult';
export {
  validateRpps,
  validateRppsRang,
  validateFiness,
  validateSiret,
  validateCardNumber,
  validatePhone,
  validateEmail,
};
export { isValidLaPosteSiret, laPosteSiren } from './siret';
export { splitRppsRangList } from './splitRppsRangList';
export { nationalStructureId, structureIdPrefixes, type StructureIdentifierKind } from './nationalStructureId';

export const validators: Record<IdentifierKind, (input: string) => ValidationResult> = {
  rpps: validateRpps,
  rppsRang: validateRppsRang,
  finess: validateFiness,
  siret: validateSiret,
  carte: validateCardNumber,
  telephone: validatePhone,
  email: validateEmail,
};
