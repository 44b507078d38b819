import { failed, fetched, Fetched, failureCodeOfStatus } from './failure';
import { bundleResources, bundleSchema, FhirBundle, FhirResource, nextLink, operationOutcomeSchema } from './schemas';

export type SearchParams = ReadonlyArray<readonly [name: string, value: string]>;

export interface SearchResult {
  resources: FhirResource[];
  /** False when the server had more pages than were read. */
  complete: boolean;
}

/** The OperationOutcome issue codes of an error body, if it is one. */
function issueCodesOf(json: unknown): string[] | undefined {
  const outcome = operationOutcomeSchema.safeParse(json);
  if (!outcome.success) return undefined;
  return (outcome.data.issue ?? []).flatMap((issue) => (issue.code ? [issue.code] : []));
}

const parseJson = (body: string): { ok: true; json: unknown } | { ok: false } => {
  try {
    return { ok: true, json: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
};

/** GET searches on the API: the key header, Bundle parsing, paging within the same origin. */
export class FhirHttp {
  private readonly baseUrl: string;

  constructor(
    baseUrl: string,
    private readonly apiKey: string,
    private readonly fetchImpl: typeof fetch,
  ) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
  }

  searchUrl(resourceType: string, params: SearchParams): string {
    const query = params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
    return `${this.baseUrl}/${resourceType}?${query}`;
  }

  /** One page. Network errors and the deadline are told apart by the signal, which only the deadline aborts. */
  async page(url: string, signal: AbortSignal): Promise<Fetched<FhirBundle>> {
    let status: number;
    let body: string;
    try {
      const response = await this.fetchImpl(url, {
        headers: { Accept: 'application/fhir+json', 'ESANTE-API-KEY': this.apiKey },
        signal,
      });
      status = response.status;
      body = await response.text();
    } catch {
      return failed({ code: signal.aborted ? 'timeout' : 'network' });
    }
    const parsed = parseJson(body);
    if (status < 200 || status > 299) {
      const issueCodes = parsed.ok ? issueCodesOf(parsed.json) : undefined;
      return failed({ code: failureCodeOfStatus(status), status, ...(issueCodes ? { issueCodes } : {}) });
    }
    if (!parsed.ok) return failed({ code: 'invalidJson', status });
    const bundle = bundleSchema.safeParse(parsed.json);
    if (bundle.success) return fetched(bundle.data);
    const issueCodes = issueCodesOf(parsed.json);
    return failed({ code: 'unexpectedBody', status, ...(issueCodes ? { issueCodes } : {}) });
  }

  /**
   * A search and up to `maxPages` pages of it, following Bundle.link[relation=next]. A next link to
   * another origin is not followed (the API key would go with it): the result is then incomplete.
   */
  async search(
    resourceType: string,
    params: SearchParams,
    signal: AbortSignal,
    maxPages: number,
  ): Promise<Fetched<SearchResult>> {
    const resources: FhirResource[] = [];
    let url: string | undefined = this.searchUrl(resourceType, params);
    for (let pages = 0; url !== undefined; pages += 1) {
      if (pages === maxPages) return fetched({ resources, complete: false });
      const page = await this.page(url, signal);
      if (!page.ok) return page;
      resources.push(...bundleResources(page.value));
      const next = nextLink(page.value);
      url = next === undefined ? undefined : this.sameOrigin(next);
      if (next !== undefined && url === undefined) return fetched({ resources, complete: false });
    }
    return fetched({ resources, complete: true });
  }

  private sameOrigin(link: string): string | undefined {
    try {
      const url = new URL(link, `${this.baseUrl}/`);
      return url.origin === new URL(this.baseUrl).origin ? url.href : undefined;
    } catch {
      return undefined;
    }
  }
}
