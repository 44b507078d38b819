import { z } from 'zod';
import { representantQualiteSchema } from './form413Fields';
import { choiceSets } from './questions/choices';

const adminSchema = z.object({
  carte: z.string(),
  nom: z.string(),
  prenom: z.string(),
  telephone: z.string(),
  email: z.string(),
});
export type TechnicalAdmin = z.infer<typeof adminSchema>;

/** Section 3.2: who signs, and the box ticked. */
const representantSchema = z.object({
  qualite: representantQualiteSchema,
  nom: z.string(),
  prenoms: z.string(),
  telephone: z.string(),
  email: z.string(),
  carte: z.string(),
});
export type Representant = z.infer<typeof representantSchema>;

export const situationSchema = z.object({
  risController: z.enum(choiceSets.risController),
  sectorCode: z.string().optional(),
  structureType: z.enum(choiceSets.structureType),
  exemptions: z.object({
    hospitalRisCertified: z.boolean().optional(),
    sharedCertifiedRis: z.boolean().optional(),
    selCertifiedElsewhere: z.boolean().optional(),
    pfiRelay: z.boolean().optional(),
  }),
  services: z.array(z.enum(choiceSets.services)),
  insiMode: z.enum(choiceSets.insiMode).optional(),
  adminDelegation: z.enum(choiceSets.adminDelegation).optional(),
  /** Société d'exercice or GIE (Cas 1, Cas 2). */
  structure: z
    .object({ denomination: z.string(), finess: z.string().optional(), siret: z.string().optional() })
    .optional(),
  /** Cabinet (Cas 3): one entry per RPPS-rang, radiologist after radiologist (1-based), in the order typed. */
  cabinets: z.array(
    z.object({
      rppsRang: z.string(),
      denomination: z.string().optional(),
      editorName: z.string(),
      radiologist: z.number().int().positive(),
    }),
  ),
  /** Editors in the order named, each with its solution. */
  editors: z.array(z.object({ name: z.string(), solution: z.string() })),
  /**
   * The signatories of section 3.2 once given: the structure's (Cas 1, 2), or each radiologist's in order
   * (Cas 3: one certificate and one set of forms per radiologist).
   */
  representants: z.array(representantSchema),
  /** Technical admins; one group per editor when each editor's staff administer its own cabinets. */
  adminGroups: z.array(z.object({ editorName: z.string().optional(), admins: z.array(adminSchema).min(1).max(3) })),
});
export type Situation = z.infer<typeof situationSchema>;
