import { z } from 'zod';

/** The Form 413 AcroForm fields (../shared/contracts/form-413-pdf.md): one value per field name. */
export const representantQualites = ['responsableLegal', 'mandataire', 'titulaireCabinet'] as const;
export const representantQualiteSchema = z.enum(representantQualites);
export type RepresentantQualite = z.infer<typeof representantQualiteSchema>;

export const form413AdminRows = 3;
export const form413RppsRangSlots = 4;

export const form413FieldsSchema = z
  .object({
    'structure.denomination': z.string(),
    'structure.finess': z.string(),
    'structure.siret': z.string(),
    'structure.rppsRang1': z.string(),
    'structure.rppsRang2': z.string(),
    'structure.rppsRang3': z.string(),
    'structure.rppsRang4': z.string(),
    'representant.qualite': representantQualiteSchema.nullable(),
    'representant.nom': z.string(),
    'representant.prenoms': z.string(),
    'representant.telephone': z.string(),
    'representant.email': z.string(),
    'representant.carte': z.string(),
    'admin1.carte': z.string(),
    'admin1.nom': z.string(),
    'admin1.prenom': z.string(),
    'admin1.telephone': z.string(),
    'admin1.email': z.string(),
    'admin2.carte': z.string(),
    'admin2.nom': z.string(),
    'admin2.prenom': z.string(),
    'admin2.telephone': z.string(),
    'admin2.email': z.string(),
    'admin3.carte': z.string(),
    'admin3.nom': z.string(),
    'admin3.prenom': z.string(),
    'admin3.telephone': z.string(),
    'admin3.email': z.string(),
    'usage.precisions': z.string(),
    'usage.editeur': z.string(),
    'usage.solution': z.string(),
    'offre.org': z.boolean(),
    'offre.serveurSsl': z.boolean(),
    'offre.serveurSmime': z.boolean(),
    'offre.pro': z.boolean(),
    'serveurSsl.domaine': z.string(),
    'serveurSsl.serveur': z.string(),
    'serveurSmime.domaine': z.string(),
    'pro.domaine': z.string(),
  })
  .strict();

export type Form413Fields = z.infer<typeof form413FieldsSchema>;
export type Form413TextFieldName = {
  [K in keyof Form413Fields]: Form413Fields[K] extends string ? K : never;
}[keyof Form413Fields];
export type Form413CheckBoxName = 'offre.org' | 'offre.serveurSsl' | 'offre.serveurSmime' | 'offre.pro';

/** A form with every field empty and no box ticked: the base every case fills. */
export function emptyForm413Fields(): Form413Fields {
  const fields: Record<string, string | boolean | null> = {};
  for (const [name, schema] of Object.entries(form413FieldsSchema.shape)) {
    fields[name] = schema instanceof z.ZodBoolean ? false : schema instanceof z.ZodNullable ? null : '';
  }
  return form413FieldsSchema.parse(fields);
}
