import { matchesName } from '../../rules/directory/nameSearch';
import type {
  Directory,
  DirectoryResult,
  NameQuery,
  Practitioner,
  StructureIdentifier,
} from '../../rules/directory/place';
import { fetched, Fetched, FhirFailure, reasonOf } from './failure';
import { FhirHttp, SearchParams } from './fhirHttp';
import { carriesIdentifier, idnpsSystem, idnstSystem, rppsOf } from './identifiers';
import { inNameOrder, isCurrentRole, practitionerOf, referencedId, ResourceIndex } from './mapping';
import { nameSearchPlan } from './nameQueries';

export interface FhirDirectoryOptions {
  /** e.g. https://gateway.api.esante.gouv.fr/fhir/v2 */
  baseUrl: string;
  /** Sent as ESANTE-API-KEY. Empty: every look-up answers `unavailable` without calling. */
  apiKey: string;
  /** Budget of one look-up, all its requests together (default 4000). */
  timeoutMs?: number;
  fetch?: typeof fetch;
  /** YYYY-MM-DD: the edition's date, and the day against which activities' end dates are read. */
  today: () => string;
  /** Told why a look-up failed; the failure holds no personal data. */
  onFailure?: (failure: FhirFailure) => void;
}

/** Pages read per search (the API's default page is 50 resources). */
const maxPages = 3;
const pageSize = '50';

interface Found {
  practitioners: Practitioner[];
  truncated: boolean;
}

/** The Annuaire Santé FHIR API v2 as a Directory. Never throws; logs nothing. */
export class FhirDirectory implements Directory {
  private readonly http: FhirHttp;
  private readonly timeoutMs: number;

  constructor(private readonly options: FhirDirectoryOptions) {
    this.http = new FhirHttp(options.baseUrl, options.apiKey, options.fetch ?? globalThis.fetch);
    this.timeoutMs = options.timeoutMs ?? 4000;
  }

  /** Practitioner by identifier `system|8+RPPS` (the IDNPS, documented search), then its activities. */
  byRpps(rpps: string): Promise<DirectoryResult> {
    return this.run(async (signal) => {
      const found = await this.http.search(
        'Practitioner',
        [['identifier', `${idnpsSystem}|8${rpps}`]],
        signal,
        maxPages,
      );
      if (!found.ok) return found;
      const index = new ResourceIndex().add(found.value.resources);
      const ids = [...index.practitioners.values()].filter((p) => rppsOf(p.identifier ?? []) === rpps).map((p) => p.id);
      return this.withPlaces(index, ids, signal, !found.value.complete);
    });
  }

  /** Up to three searches on the likeliest readings of the words, one page each, then `matchesName`. */
  byName(query: NameQuery, limit: number): Promise<DirectoryResult> {
    return this.run(async (signal) => {
      const plan = nameSearchPlan(query.words);
      const pages = await Promise.all(
        plan.queries.map((params) =>
          this.http.search('Practitioner', [...params, ['active', 'true'], ['_count', pageSize]], signal, 1),
        ),
      );
      const index = new ResourceIndex();
      for (const page of pages) {
        if (!page.ok) return page;
        index.add(page.value.resources);
      }
      const matching = [...index.practitioners.values()].filter((resource) => {
        const practitioner = practitionerOf(resource, []);
        return (
          resource.active !== false &&
          practitioner !== undefined &&
          matchesName(practitioner.lastName, practitioner.firstName, plan.splits)
        );
      });
      const kept = inNameOrder(matching).slice(0, Math.max(0, limit));
      const more = matching.length > kept.length || pages.some((page) => page.ok && !page.value.complete);
      return this.withPlaces(index, kept, signal, more);
    });
  }

  /**
   * The Organization by identifier, its activities with `_include` of their practitioners, then every
   * place of those practitioners (as the extract answers). SIRET and FINESS are searched by value alone
   * (their systems changed between API versions) and checked here; the RPPS-rang through the IDNST
   * `4` + RPPS-rang, whose OID is stable.
   */
  byStructure(identifier: StructureIdentifier): Promise<DirectoryResult> {
    return this.run(async (signal) => {
      const token = identifier.kind === 'rppsRang' ? `${idnstSystem}|4${identifier.value}` : identifier.value;
      const found = await this.http.search('Organization', [['identifier', token]], signal, 1);
      if (!found.ok) return found;
      const index = new ResourceIndex().add(found.value.resources);
      const organizationIds = [...index.organizations.values()]
        .filter(
          (organization) =>
            organization.active !== false && carriesIdentifier(organization.identifier ?? [], identifier),
        )
        .map((organization) => organization.id);
      if (organizationIds.length === 0) return fetched({ practitioners: [], truncated: !found.value.complete });
      const roles = await this.searchRoles(
        [
          ['organization', organizationIds.join(',')],
          ['_include', 'PractitionerRole:practitioner'],
        ],
        signal,
      );
      if (!roles.ok) return roles;
      index.add(roles.value.resources);
      const today = this.options.today();
      const practitionerIds = index.roles
        .filter(
          (role) =>
            isCurrentRole(role, today) &&
            organizationIds.includes(referencedId(role.organization?.reference, 'Organization') ?? ''),
        )
        .flatMap((role) => referencedId(role.practitioner?.reference, 'Practitioner') ?? [])
        .filter((id) => index.practitioners.get(id)?.active !== false);
      const ids = inNameOrder([...new Set(practitionerIds)].flatMap((id) => index.practitioners.get(id) ?? []));
      return this.withPlaces(index, ids, signal, !found.value.complete || !roles.value.complete);
    });
  }

  /** The activities of these practitioners with their Organizations (`_include`), in one search. */
  private async withPlaces(
    index: ResourceIndex,
    practitionerIds: string[],
    signal: AbortSignal,
    truncated: boolean,
  ): Promise<Fetched<Found>> {
    if (practitionerIds.length === 0) return fetched({ practitioners: [], truncated });
    const roles = await this.searchRoles(
      [
        ['practitioner', practitionerIds.join(',')],
        ['_include', 'PractitionerRole:organization'],
      ],
      signal,
    );
    if (!roles.ok) return roles;
    index.add(roles.value.resources);
    const practitioners = index.practitionersWithPlaces(practitionerIds, this.options.today());
    return fetched({ practitioners, truncated: truncated || !roles.value.complete });
  }

  private searchRoles(params: SearchParams, signal: AbortSignal) {
    return this.http.search(
      'PractitionerRole',
      [...params, ['active', 'true'], ['_count', pageSize]],
      signal,
      maxPages,
    );
  }

  private async run(lookUp: (signal: AbortSignal) => Promise<Fetched<Found>>): Promise<DirectoryResult> {
    let failure: FhirFailure;
    try {
      if (this.options.apiKey.trim() === '') {
        failure = { code: 'noApiKey' };
      } else {
        const result = await lookUp(AbortSignal.timeout(this.timeoutMs));
        if (result.ok) return { ok: true, ...result.value, edition: { source: 'fhir', asOf: this.options.today() } };
        failure = result.failure;
      }
    } catch {
      failure = { code: 'internal' };
    }
    try {
      this.options.onFailure?.(failure);
    } catch {
      // A failing observer must not turn a clean answer into a throw.
    }
    return { ok: false, reason: reasonOf(failure) };
  }
}
