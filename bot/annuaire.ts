import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Directory, DirectoryResult } from '../rules/directory/place';
import type { AnnuaireConfig } from './config';
import { errorLogFields, Logger } from './logger';

export interface OpenedAnnuaire {
  directory: Directory | undefined;
  close(): void;
}

interface Sources {
  directory: Directory | undefined;
  close(): void;
}

/** The extract (SQLite) and / or the FHIR client, loaded and opened now. */
export async function openSources(
  config: AnnuaireConfig,
  useExtract: boolean,
  imported: boolean,
  today: () => string,
  logger: Logger,
): Promise<Sources> {
  const [{ openExtractDirectory }, { FhirDirectory }, { preferredDirectory }] = await Promise.all([
    import('../annuaire/sqlite/openExtractDirectory'),
    import('../annuaire/fhir'),
    import('../annuaire/preferredDirectory'),
  ]);
  const opened = useExtract ? await openExtractDirectory({ databasePath: config.databasePath }) : undefined;
  const extract = opened?.directory;
  if (opened?.fallback)
    logger.warn('annuaire.sampleExtract', {
      why: 'no imported extract and no ESANTE_API_KEY: the synthetic sample answers',
    });
  const fhir = config.fhir
    ? new FhirDirectory({
        ...config.fhir,
        today,
        onFailure: (failure) => logger.warn('annuaire.fhirFailed', { code: failure.code, status: failure.status }),
      })
    : undefined;
  const directory = preferredDirectory({
    ...(extract ? { extract } : {}),
    ...(fhir ? { fhir } : {}),
    today,
    maxExtractAgeDays: config.maxExtractAgeDays,
  });
  logger.info('annuaire.sources', {
    extract: extract ? (imported ? 'imported' : 'sample') : 'none',
    asOf: extract?.edition()?.asOf,
    fhir: fhir !== undefined,
  });
  return { directory, close: () => extract?.close() };
}

/**
 * The Annuaire Santé the conversation looks people up in: the imported extract and / or the FHIR API; with
 * neither, the shipped synthetic extract outside production (so `npm start` can show the feature), else none.
 * Which sources answer is settled here; they are loaded and opened at the first look-up (SQLite, the sample's
 * import, the FHIR client: nothing the first turns need); an opening that fails is logged, the look-up answers
 * «unavailable» (the manual path goes on) and the next one tries again.
 */
export async function openAnnuaire(
  config: AnnuaireConfig,
  today: () => string,
  logger: Logger,
  open = openSources,
): Promise<OpenedAnnuaire> {
  const none = { directory: undefined, close: () => undefined };
  if (!config.enabled) return none;
  const imported = existsSync(resolve(config.databasePath));
  const useExtract = imported || (!config.fhir && config.sampleAllowed);
  if (!useExtract && !config.fhir) return none;
  let sources: Promise<Sources> | undefined;
  const ask = async (question: (directory: Directory) => Promise<DirectoryResult>): Promise<DirectoryResult> => {
    sources ??= open(config, useExtract, imported, today, logger).catch((error: unknown) => {
      sources = undefined;
      logger.error('annuaire.openFailed', errorLogFields(error));
      return { directory: undefined, close: () => undefined };
    });
    const { directory } = await sources;
    return directory ? question(directory) : { ok: false, reason: 'unavailable' };
  };
  return {
    directory: {
      byRpps: (rpps) => ask((directory) => directory.byRpps(rpps)),
      byName: (query, limit) => ask((directory) => directory.byName(query, limit)),
      byStructure: (identifier) => ask((directory) => directory.byStructure(identifier)),
    },
    close: () =>
      void sources?.then(
        (opened) => opened.close(),
        () => undefined,
      ),
  };
}
