import { preferredDirectory, ExtractSource } from '../../annuaire/preferredDirectory';
import type { Directory, DirectoryEdition, DirectoryResult } from '../../rules/directory/place';

const answer = (source: DirectoryEdition['source'], asOf: string): DirectoryResult => ({
  ok: true,
  practitioners: [
    { rpps: '10003926135', lastName: source === 'fhir' ? 'FROM FHIR' : 'FROM EXTRACT', firstName: 'A', places: [] },
  ],
  edition: { source, asOf },
  truncated: false,
});
const failure: DirectoryResult = { ok: false, reason: 'timeout' };

function source(result: DirectoryResult): Directory & { calls: number } {
  const directory = {
    calls: 0,
    async byRpps() {
      directory.calls += 1;
      return result;
    },
    async byName() {
      directory.calls += 1;
      return result;
    },
    async byStructure() {
      directory.calls += 1;
      return result;
    },
  };
  return directory;
}

const extractOf = (
  asOf: string | undefined,
  result: DirectoryResult = answer('extract', asOf ?? '2026-01-01'),
): ExtractSource & { calls: number } =>
  Object.assign(source(result), { edition: () => (asOf ? { source: 'extract' as const, asOf } : undefined) });

const today = () => '2026-12-01';
const lastNameOf = (result: DirectoryResult) => (result.ok ? result.practitioners[0]?.lastName : result.reason);

describe('which source answers a look-up', () => {
  it('none configured: no look-up at all', () => {
    expect(preferredDirectory({ today, maxExtractAgeDays: 31 })).toBeUndefined();
  });

  it.each([
    [
      'a recent extract first, even with the API',
      extractOf('2026-11-28'),
      source(answer('fhir', '2026-12-01')),
      'FROM EXTRACT',
    ],
    [
      'an extract older than the limit: the API first',
      extractOf('2026-09-01'),
      source(answer('fhir', '2026-12-01')),
      'FROM FHIR',
    ],
    [
      'an unreadable extract: the API',
      extractOf(undefined, { ok: false, reason: 'unavailable' }),
      source(answer('fhir', '2026-12-01')),
      'FROM FHIR',
    ],
    ['the API times out: the old extract still answers', extractOf('2026-09-01'), source(failure), 'FROM EXTRACT'],
    [
      'both fail: the first failure',
      extractOf('2026-09-01', { ok: false, reason: 'unavailable' }),
      source(failure),
      'timeout',
    ],
    ['an extract alone, however old', extractOf('2025-01-01'), undefined, 'FROM EXTRACT'],
  ])('%s', async (_, extract, fhir, expected) => {
    const directory = preferredDirectory({ extract, ...(fhir ? { fhir } : {}), today, maxExtractAgeDays: 31 });
    expect(lastNameOf(await (directory as Directory).byRpps('10003926135'))).toBe(expected);
  });

  it('asks the second source only when the first fails', async () => {
    const extract = extractOf('2026-11-28');
    const fhir = source(answer('fhir', '2026-12-01'));
    const directory = preferredDirectory({ extract, fhir, today, maxExtractAgeDays: 31 }) as Directory;
    await directory.byName({ words: ['DUPONT'] }, 20);
    await directory.byStructure({ kind: 'siret', value: '81234567600017' });
    expect([extract.calls, fhir.calls]).toEqual([2, 0]);
  });
});
