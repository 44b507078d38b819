import { matchesName, nameSplits } from '../../rules/directory/nameSearch';
import type { Directory, DirectoryEdition, DirectoryResult, Practitioner } from '../../rules/directory/place';

/** A directory over a few practitioners, or one that always fails: for the dialog's dead ends. */
export function memoryDirectory(
  practitioners: Practitioner[],
  edition: DirectoryEdition = { source: 'extract', asOf: '2026-11-28' },
): Directory {
  const found = (list: Practitioner[]): DirectoryResult => ({
    ok: true,
    practitioners: list,
    edition,
    truncated: false,
  });
  return {
    byRpps: async (rpps) => found(practitioners.filter((practitioner) => practitioner.rpps === rpps)),
    byName: async ({ words }, limit) => {
      const all = practitioners.filter((practitioner) =>
        matchesName(practitioner.lastName, practitioner.firstName, nameSplits(words)),
      );
      return { ok: true, practitioners: all.slice(0, limit), edition, truncated: all.length > limit };
    },
    byStructure: async ({ kind, value }) =>
      found(practitioners.filter((practitioner) => practitioner.places.some((place) => place[kind] === value))),
  };
}

export function failingDirectory(reason: 'unavailable' | 'timeout' | 'error'): Directory {
  const fail = async (): Promise<DirectoryResult> => ({ ok: false, reason });
  return { byRpps: fail, byName: fail, byStructure: fail };
}
