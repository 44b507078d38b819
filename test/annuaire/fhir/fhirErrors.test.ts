import { FhirDirectory } from '../../../annuaire/fhir/fhirDirectory';
import type { FhirFailure } from '../../../annuaire/fhir/failure';
import { nameWords } from '../../../rules/directory/nameSearch';
import { fakeAnnuaireHandler } from '../fixtures/fhir/fakeAnnuaire';
import { Handler, LocalServer, operationOutcome, sendJson, startLocalServer } from '../fixtures/fhir/localServer';
import { today } from '../fixtures/fhir/testDirectory';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(handler: Handler): Promise<LocalServer> {
  const server = await startLocalServer(handler);
  servers.push(server);
  return server;
}

function client(baseUrl: string, options: { apiKey?: string; timeoutMs?: number } = {}) {
  const failures: FhirFailure[] = [];
  const directory = new FhirDirectory({
    baseUrl,
    apiKey: options.apiKey ?? 'test-esante-key',
    timeoutMs: options.timeoutMs,
    today,
    onFailure: (f) => failures.push(f),
  });
  return { directory, failures };
}

const answering =
  (status: number, body: unknown): Handler =>
  (_request, response) =>
    sendJson(response, status, body);

describe('FhirDirectory when the API fails: an answer, never a throw', () => {
  it.each([
    [
      'a 500',
      'error',
      answering(500, operationOutcome('exception', 'boom')),
      { code: 'serverError', status: 500, issueCodes: ['exception'] },
    ],
    [
      'a 429',
      'error',
      answering(429, operationOutcome('throttled', 'Too many requests')),
      { code: 'rateLimited', status: 429, issueCodes: ['throttled'] },
    ],
    ['a 401 (key refused)', 'unavailable', fakeAnnuaireHandler(), { code: 'unauthorized', status: 401 }],
    ['a 403', 'unavailable', answering(403, { httpCode: '403' }), { code: 'unauthorized', status: 403 }],
    [
      'malformed JSON',
      'error',
      answering(200, '{"resourceType": "Bundle", "entry": ['),
      { code: 'invalidJson', status: 200 },
    ],
    [
      'JSON that is not a Bundle',
      'error',
      answering(200, { resourceType: 'Patient', id: 'x' }),
      { code: 'unexpectedBody', status: 200 },
    ],
    [
      'an OperationOutcome with 200',
      'error',
      answering(200, operationOutcome('not-supported', 'Unknown parameter')),
      { code: 'unexpectedBody', status: 200, issueCodes: ['not-supported'] },
    ],
    [
      'a Bundle whose Practitioner has no id',
      'error',
      answering(200, {
        resourceType: 'Bundle',
        type: 'searchset',
        entry: [{ resource: { resourceType: 'Practitioner', active: true } }],
      }),
      { code: 'unexpectedBody', status: 200 },
    ],
  ])('%s → %s', async (_case, reason, handler, failure) => {
    const server = await serve(handler);
    const { directory, failures } = client(server.baseUrl, { apiKey: 'wrong-key' });
    expect(await directory.byRpps('10003926135')).toEqual({ ok: false, reason });
    expect(await directory.byName({ words: nameWords('emilie lefevre') }, 5)).toEqual({ ok: false, reason });
    expect(await directory.byStructure({ kind: 'siret', value: '81234567600017' })).toEqual({ ok: false, reason });
    expect(failures).toEqual([failure, failure, failure]);
  });

  it.each([
    ['never answers', (): void => undefined],
    [
      'stops in the middle of the body',
      ((_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/fhir+json' });
        response.write('{"resourceType": "Bundle", "entry": [');
      }) satisfies Handler,
    ],
  ])('gives up after timeoutMs on a server that %s', async (_case, handler) => {
    const server = await serve(handler);
    const { directory, failures } = client(server.baseUrl, { timeoutMs: 200 });
    const started = Date.now();
    expect(await directory.byRpps('10003926135')).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(failures).toEqual([{ code: 'timeout' }]);
  });

  it('answers error when nothing listens, and unavailable without an API key (no request then)', async () => {
    const closed = await startLocalServer(answering(200, {}));
    await closed.close();
    const unreachable = client(closed.baseUrl);
    expect(await unreachable.directory.byRpps('10003926135')).toEqual({ ok: false, reason: 'error' });
    expect(unreachable.failures).toEqual([{ code: 'network' }]);

    const server = await serve(answering(200, {}));
    const keyless = client(server.baseUrl, { apiKey: ' ' });
    expect(await keyless.directory.byRpps('10003926135')).toEqual({ ok: false, reason: 'unavailable' });
    expect(keyless.failures).toEqual([{ code: 'noApiKey' }]);
    expect(server.requests).toEqual([]);
  });

  it('does not follow a next link to another host (the key would go with it)', async () => {
    const elsewhere = await serve(answering(200, { resourceType: 'Bundle' }));
    const bundle = {
      resourceType: 'Bundle',
      link: [{ relation: 'next', url: `${elsewhere.baseUrl}/_page?id=1` }],
      entry: [{ resource: { resourceType: 'Organization', id: 'o1', name: 'AUTRE STRUCTURE' } }],
    };
    const server = await serve(answering(200, bundle));
    const { directory } = client(server.baseUrl);
    expect(await directory.byStructure({ kind: 'siret', value: '81234567600017' })).toEqual(
      expect.objectContaining({ ok: true, practitioners: [], truncated: true }),
    );
    expect(elsewhere.requests).toEqual([]);
  });

  it('logs nothing', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
      jest.spyOn(console, method).mockImplementation(() => undefined),
    );
    const server = await serve(answering(500, operationOutcome('exception', 'Practitioner LEFÈVRE not found')));
    await client(server.baseUrl).directory.byName({ words: nameWords('emilie lefevre') }, 5);
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});
