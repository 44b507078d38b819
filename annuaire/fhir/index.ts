export { FhirDirectory, type FhirDirectoryOptions } from './fhirDirectory';
export { fhirFailureCodes, type FhirFailure, type FhirFailureCode } from './failure';

/** The public API «Annuaire Santé en libre accès», version 2 (guide §8). */
export const annuaireFhirBaseUrl = 'https://gateway.api.esante.gouv.fr/fhir/v2';
