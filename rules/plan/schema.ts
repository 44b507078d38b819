import { z } from 'zod';
import { form413FieldsSchema } from '../form413Fields';
import { outcomeKindSchema, outcomeReasonSchema } from '../outcome';
import { choiceSets } from '../questions/choices';

export const identifierKindSchema = z.enum(['finess', 'siret', 'rppsRang']);
export const prerequisiteIds = [
  'contratAdhesion',
  'carteResponsableStructure',
  'structureIdentifier',
  'editorContract',
  'editorCpaCards',
  'structureCpsCpe',
] as const;
export const certificateUsageSchema = z.enum(['AUTH_CLI', 'SIGN']);
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const structureRefSchema = z.object({
  identifierKind: identifierKindSchema,
  identifier: z.string(),
  /** «Identifiant national de structure»: what the certificate's OU carries and the admin picks on the platform. */
  nationalStructureId: z.string(),
  denomination: z.string(),
});

export const plannedFormSchema = z.object({
  number: z.number().int().positive(),
  caseNumber: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Cas 3: whose form it is (1-based, in the order the radiologists were declared); he signs it. */
  radiologist: z.number().int().positive().optional(),
  editorNames: z.array(z.string()),
  /** 1-based indexes of the cabinets on this form (Cas 3), counted over every radiologist's cabinets in order. */
  cabinets: z.array(z.number().int().positive()),
  /** Services named in «Précisions sur l'usage des certificats», put into words by the documents. */
  usageServices: z.array(z.enum(choiceSets.services)),
  insiMode: z.enum(choiceSets.insiMode).optional(),
  fields: form413FieldsSchema,
});

export const certificateRequestSchema = z.object({
  structure: structureRefSchema,
  /** The «Service applicatif», i.e. the certificate's CN=. */
  commonName: z.string(),
  /** INSi names are imposed (INSI-AUTO / INSI-MANU); other names are a suggestion the admin may change. */
  commonNameFixed: z.boolean(),
  usages: z.array(certificateUsageSchema),
  services: z.array(z.enum(choiceSets.services)),
});

export const planSchema = z.object({
  outcome: z.object({ kind: outcomeKindSchema, reason: outcomeReasonSchema, forms: z.number().int().nonnegative() }),
  structureType: z.enum(choiceSets.structureType).optional(),
  caseNumber: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  /** Who signs the request: the structure itself (never the practice for an establishment). */
  orderedUnder: identifierKindSchema.optional(),
  structures: z.array(structureRefSchema),
  forms: z.array(plannedFormSchema),
  prerequisites: z.array(z.object({ id: z.enum(prerequisiteIds), required: z.boolean(), urls: z.array(z.string()) })),
  certificates: z.array(certificateRequestSchema),
  timeline: z.array(
    z.object({
      step: z.enum(['prerequisites', 'form413', 'ansProcessing', 'implementation']),
      minutes: z.number().optional(),
      workingDays: z.number().optional(),
      actor: z.enum(['editorOrStructure', 'ans', 'technicalAdmin']),
    }),
  ),
  validityYears: z.literal(3),
  renewal: z
    .object({
      expectedIssueDate: isoDateSchema,
      expiresOn: isoDateSchema,
      remindOn: isoDateSchema,
      reminderDays: z.number(),
    })
    .optional(),
});

export type Plan = z.infer<typeof planSchema>;
export type PlannedForm = z.infer<typeof plannedFormSchema>;
export type CertificateRequest = z.infer<typeof certificateRequestSchema>;
export type StructureRef = z.infer<typeof structureRefSchema>;
export type Prerequisite = Plan['prerequisites'][number];
