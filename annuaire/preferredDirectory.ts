import type { Directory, DirectoryEdition, DirectoryResult } from '../rules/directory/place';

export interface ExtractSource extends Directory {
  /** The imported extract's date, or undefined when it cannot be read. */
  edition(): DirectoryEdition | undefined;
}

export interface DirectorySources {
  extract?: ExtractSource;
  fhir?: Directory;
  /** YYYY-MM-DD. */
  today: () => string;
  /** An extract older than this defers to the FHIR API when one is configured. */
  maxExtractAgeDays: number;
}

const dayMs = 86_400_000;
const ageInDays = (asOf: string, today: string): number =>
  Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${asOf}T00:00:00Z`)) / dayMs);

/**
 * The directory the bot asks (issue: the FHIR API «when configured and the extract is absent or older»):
 * the fresher source first, the other one when the first fails; the first failure is reported when both do.
 */
export function preferredDirectory(sources: DirectorySources): Directory | undefined {
  const { extract, fhir } = sources;
  if (!extract && !fhir) return undefined;
  const inOrder = (): Directory[] => {
    const asOf = extract?.edition()?.asOf;
    const extractIsStale = asOf === undefined || ageInDays(asOf, sources.today()) > sources.maxExtractAgeDays;
    const order = fhir && extractIsStale ? [fhir, extract] : [extract, fhir];
    return order.filter((source): source is Directory => source !== undefined);
  };
  const firstAnswer = async (ask: (source: Directory) => Promise<DirectoryResult>): Promise<DirectoryResult> => {
    let firstFailure: DirectoryResult | undefined;
    for (const source of inOrder()) {
      const result = await ask(source);
      if (result.ok) return result;
      firstFailure ??= result;
    }
    return firstFailure ?? { ok: false, reason: 'unavailable' };
  };
  return {
    byRpps: (rpps) => firstAnswer((source) => source.byRpps(rpps)),
    byName: (query, limit) => firstAnswer((source) => source.byName(query, limit)),
    byStructure: (identifier) => firstAnswer((source) => source.byStructure(identifier)),
  };
}
