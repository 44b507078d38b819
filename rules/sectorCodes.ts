import { z } from 'zod';

/**
 * What a «secteur d'activité» (TRE_R02) tells about who orders the certificate
 * (shared/domain/sector-codes.md). `ask`: the code alone cannot settle it (guide: SA04 is shown for an
 * establishment and for a GIE), so the structure type is asked.
 */
export const sectorCategories = ['cabinet', 'societe', 'establishment', 'ask', 'notCovered'] as const;
export type SectorCategory = (typeof sectorCategories)[number];

const categoryByCode: Readonly<Record<string, SectorCategory>> = {
  SA01: 'establishment',
  SA02: 'establishment',
  SA03: 'establishment',
  SA04: 'ask',
  SA07: 'cabinet',
  SA08: 'cabinet',
  SA09: 'societe',
  SA30: 'establishment',
  SA34: 'establishment',
  SA36: 'establishment',
  SA43: 'ask',
  SA51: 'ask',
  SA53: 'establishment',
};

/** Every code of the nomenclature, SA01 to SA69 (SA11 retired but still shown on old records). */
export const knownSectorCodes: readonly string[] = Array.from(
  { length: 69 },
  (_, index) => `SA${String(index + 1).padStart(2, '0')}`,
);

export const sectorCodeSchema = z
  .string()
  .transform((raw) => raw.replace(/[\s\-_.]/g, '').toUpperCase())
  .refine((code) => /^SA\d{2}$/.test(code), { message: 'format' })
  .refine((code) => knownSectorCodes.includes(code), { message: 'unknownCode' });

export type SectorCodeError = 'format' | 'unknownCode';

/** Parses what a user typed ("sa 07", "SA-09") into a known code, or says why not. */
export function parseSectorCode(input: string): { ok: true; code: string } | { ok: false; error: SectorCodeError } {
  // "7", "SA7" and "sa 07" all mean SA07.
  const short = input.replace(/[\s\-_.]/g, '').match(/^(?:sa)?(\d{1,2})$/i);
  const result = sectorCodeSchema.safeParse(short ? `SA${(short[1] ?? '').padStart(2, '0')}` : input);
  if (result.success) return { ok: true, code: result.data };
  return { ok: false, error: result.error.issues[0]?.message === 'unknownCode' ? 'unknownCode' : 'format' };
}

/** Sector codes the guide maps to a case; every other code is outside this guide. */
export function sectorCategory(code: string): SectorCategory {
  return categoryByCode[code] ?? 'notCovered';
}
