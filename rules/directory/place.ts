import { z } from 'zod';

/**
 * One place where a professional practises, as the Annuaire Santé lists it (one row of the public
 * extract, or one PractitionerRole with its Organization in the FHIR API). Identifiers are kept as
 * published, without spaces; what the bot fills from them is checked again like a typed answer.
 */
export const placeOfPracticeSchema = z.object({
  /** «Raison sociale site». */
  denomination: z.string(),
  /** «Enseigne commerciale site». */
  tradeName: z.string().optional(),
  postalCode: z.string().optional(),
  town: z.string().optional(),
  /** «Code secteur d'activité», e.g. SA08, and its label. */
  sectorCode: z.string().optional(),
  sectorLabel: z.string().optional(),
  siret: z.string().optional(),
  /** «Numéro FINESS site» (géographique). */
  finess: z.string().optional(),
  /** The cabinet's RPPS-rang (14 characters), read from the identifiant national de structure `4…`. */
  rppsRang: z.string().optional(),
  /** «Ancien identifiant de la structure» / IDNST: type prefix + identifier (guide §8). */
  nationalStructureId: z.string().optional(),
});
export type PlaceOfPractice = z.infer<typeof placeOfPracticeSchema>;

export const practitionerSchema = z.object({
  /** 11 digits. */
  rpps: z.string(),
  /** «Nom d'exercice», «Prénom d'exercice» as published (accents kept). */
  lastName: z.string(),
  firstName: z.string(),
  /** «Libellé profession», e.g. Médecin. */
  profession: z.string().optional(),
  places: z.array(placeOfPracticeSchema),
});
export type Practitioner = z.infer<typeof practitionerSchema>;

/** Which data answered: the imported extract (its date) or the FHIR API (the day it was asked). */
export const directoryEditionSchema = z.object({
  source: z.enum(['extract', 'fhir']),
  /** YYYY-MM-DD. */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type DirectoryEdition = z.infer<typeof directoryEditionSchema>;

export type DirectoryResult =
  | { ok: true; practitioners: Practitioner[]; edition: DirectoryEdition; truncated: boolean }
  | { ok: false; reason: 'unavailable' | 'timeout' | 'error' };

/** A name search: the words typed, normalised (`normaliseName`), in the order typed. */
export interface NameQuery {
  words: string[];
}

/** Where the bot looks professionals up; implemented by the imported extract and by the FHIR API. */
export interface Directory {
  /** The 11-digit RPPS. */
  byRpps(rpps: string): Promise<DirectoryResult>;
  /** Matches as `nameSplits` says; at most `limit` practitioners, `truncated` when there were more. */
  byName(query: NameQuery, limit: number): Promise<DirectoryResult>;
  /** Who practises at a structure: its SIRET, FINESS site or RPPS-rang (14 characters), unprefixed. */
  byStructure(identifier: StructureIdentifier): Promise<DirectoryResult>;
}

export interface StructureIdentifier {
  kind: 'siret' | 'finess' | 'rppsRang';
  value: string;
}
