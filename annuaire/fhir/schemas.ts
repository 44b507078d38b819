import { z } from 'zod';

/*
 * The parts of the FHIR R4 resources the Annuaire Santé API v2 returns that this client reads
 * (shapes from the ANS documentation and IG examples). zod strips everything else. Published data
 * has shown `null` inside arrays (`line: [null]` in the v1 samples), so optional values accept null.
 */

const text = z.string().nullish();

export const codingSchema = z.object({ system: text, code: text, display: text });
export const codeableConceptSchema = z.object({ coding: z.array(codingSchema).nullish() });

export const identifierSchema = z.object({
  system: text,
  value: text,
  type: codeableConceptSchema.nullish(),
});
export type FhirIdentifier = z.infer<typeof identifierSchema>;

const referenceSchema = z.object({ reference: text });
const periodSchema = z.object({ start: text, end: text });

export const practitionerSchema = z.object({
  resourceType: z.literal('Practitioner'),
  id: z.string(),
  active: z.boolean().nullish(),
  identifier: z.array(identifierSchema).nullish(),
  name: z.array(z.object({ use: text, family: text, given: z.array(z.string().nullable()).nullish() })).nullish(),
  qualification: z.array(z.object({ code: codeableConceptSchema.nullish() })).nullish(),
});
export type FhirPractitioner = z.infer<typeof practitionerSchema>;

export const practitionerRoleSchema = z.object({
  resourceType: z.literal('PractitionerRole'),
  id: z.string(),
  active: z.boolean().nullish(),
  period: periodSchema.nullish(),
  practitioner: referenceSchema.nullish(),
  organization: referenceSchema.nullish(),
});
export type FhirPractitionerRole = z.infer<typeof practitionerRoleSchema>;

export const organizationSchema = z.object({
  resourceType: z.literal('Organization'),
  id: z.string(),
  active: z.boolean().nullish(),
  identifier: z.array(identifierSchema).nullish(),
  name: text,
  alias: z.array(z.string().nullable()).nullish(),
  type: z.array(codeableConceptSchema).nullish(),
  address: z.array(z.object({ city: text, postalCode: text })).nullish(),
});
export type FhirOrganization = z.infer<typeof organizationSchema>;

/** Only the issue codes: `diagnostics` can repeat the query, which may hold a name. */
export const operationOutcomeSchema = z.object({
  resourceType: z.literal('OperationOutcome'),
  issue: z.array(z.object({ severity: text, code: text })).nullish(),
});

const readResources = ['Practitioner', 'PractitionerRole', 'Organization', 'OperationOutcome'];

export const resourceSchema = z.discriminatedUnion('resourceType', [
  practitionerSchema,
  practitionerRoleSchema,
  organizationSchema,
  operationOutcomeSchema,
]);
export type FhirResource = z.infer<typeof resourceSchema>;

/** Entries of a type this client does not read are dropped before validation; those it reads must parse. */
const entryResourceSchema = z.preprocess(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    'resourceType' in value &&
    readResources.includes(String(value.resourceType))
      ? value
      : undefined,
  resourceSchema.optional(),
);

export const bundleSchema = z.object({
  resourceType: z.literal('Bundle'),
  total: z.number().nullish(),
  link: z.array(z.object({ relation: z.string(), url: z.string() })).nullish(),
  entry: z.array(z.object({ resource: entryResourceSchema })).nullish(),
});
export type FhirBundle = z.infer<typeof bundleSchema>;

/** The relation=next link, when the server has another page. */
export const nextLink = (bundle: FhirBundle): string | undefined =>
  bundle.link?.find((link) => link.relation === 'next')?.url;

export const bundleResources = (bundle: FhirBundle): FhirResource[] =>
  (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource] : []));
