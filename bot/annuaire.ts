import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { FhirDirectory } from '../annuaire/fhir';
import { preferredDirectory } from '../annuaire/preferredDirectory';
import { openExtractDirectory } from '../annuaire/sqlite/openExtractDirectory';
import type { SqliteDirectory } from '../annuaire/sqlite/sqliteDirectory';
import type { Directory } from '../rules/directory/place';
import type { AnnuaireConfig } from './config';
import type { Logger } from './logger';

export interface OpenedAnnuaire {
  directory: Directory | undefined;
  close(): void;
}

/**
 * The Annuaire Santé the conversation looks people up in: the imported extract and / or the FHIR API; with
 * neither, the shipped synthetic extract outside production (so `npm start` can show the feature), else none.
 */
export async function openAnnuaire(config: AnnuaireConfig, today: () => string, logger: Logger): Promise<OpenedAnnuaire> {
  if (!config.enabled) return { directory: undefined, close: () => undefined };
  const imported = existsSync(resolve(config.databasePath));
  let extract: SqliteDirectory | undefined;
  if (imported || (!config.fhir && config.sampleAllowed)) {
    const opened = await openExtractDirectory({ databasePath: config.databasePath });
    extract = opened.directory;
    if (opened.fallback) logger.warn('annuaire.sampleExtract', { why: 'no imported extract and no ESANTE_API_KEY: the synthetic sample answers' });
  }
  const fhir = config.fhir
    ? new FhirDirectory({ ...config.fhir, today, onFailure: (failure) => logger.warn('annuaire.fhirFailed', { code: failure.code, status: failure.status }) })
    : undefined;
  const directory = preferredDirectory({ ...(extract ? { extract } : {}), ...(fhir ? { fhir } : {}), today, maxExtractAgeDays: config.maxExtractAgeDays });
  logger.info('annuaire.sources', { extract: extract ? (imported ? 'imported' : 'sample') : 'none', asOf: extract?.edition()?.asOf, fhir: fhir !== undefined });
  return { directory, close: () => extract?.close() };
}
