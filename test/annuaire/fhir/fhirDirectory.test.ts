import type { Practitioner } from '../../../rules/directory/place';
import { fakeApiKey } from '../fixtures/fhir/fakeAnnuaire';
import type { RecordedRequest } from '../fixtures/fhir/localServer';
import { directoryPerTest, found, sent } from '../fixtures/fhir/testDirectory';

const startDirectory = directoryPerTest();

describe('FhirDirectory.byRpps against a local Annuaire Santé', () => {
  it('sends the key and reads a radiologist with a GIE (FINESS), a SELARL (SIRET) and a cabinet (RPPS-rang)', async () => {
    const { directory, requests } = await startDirectory();
    const { practitioners, truncated } = found(await directory.byRpps('10003926135'));
    expect(truncated).toBe(false);
    expect(practitioners).toHaveLength(1);
    const [dupont] = practitioners;
    expect(dupont).toMatchObject({
      rpps: '10003926135',
      lastName: 'DUPONT',
      firstName: 'Antoine',
      profession: 'Médecin',
    });
    expect(dupont?.places).toEqual([
      expect.objectContaining({
        denomination: 'CABINET DE RADIOLOGIE DU ROUENNAIS',
        rppsRang: '10003926135544',
        nationalStructureId: '410003926135544',
        sectorCode: 'SA08',
        sectorLabel: undefined,
        siret: undefined,
        finess: undefined,
        town: 'ROUEN',
      }),
      expect.objectContaining({
        denomination: 'GIE IMAGERIE DU MORVAN',
        finess: '710015959',
        nationalStructureId: '1710015959',
        siret: undefined,
        rppsRang: undefined,
        sectorCode: 'SA04',
        sectorLabel: 'Etablissement privé non PSPH',
        postalCode: '71400',
        town: 'AUTUN',
      }),
      expect.objectContaining({
        denomination: 'SELARL IMAGERIE DU BEAUVAISIS',
        tradeName: 'CABINET DE RADIOLOGIE DU BEAUVAISIS',
        siret: '81234567600017',
        nationalStructureId: '381234567600017',
        finess: undefined,
        rppsRang: undefined,
        sectorCode: 'SA09',
        town: 'BEAUVAIS',
      }),
    ]);
    expect(
      requests.every((request) => request.apiKey === fakeApiKey && request.accept === 'application/fhir+json'),
    ).toBe(true);
    expect(requests.map(sent)).toEqual([
      ['/Practitioner', [['identifier', 'urn:oid:1.2.250.1.71.4.2.1|810003926135']]],
      [
        '/PractitionerRole',
        [
          ['practitioner', '003-1000392-6135'],
          ['_include', 'PractitionerRole:organization'],
          ['active', 'true'],
          ['_count', '50'],
        ],
      ],
    ]);
  });

  it('leaves out ended activities and reads a postal code written inside the town', async () => {
    const { directory } = await startDirectory();
    const [martin] = found(await directory.byRpps('10007034563')).practitioners;
    expect(martin?.places).toEqual([
      expect.objectContaining({
        denomination: "CABINET D'IMAGERIE MÉDICALE DES LILAS",
        town: 'LES LILAS',
        postalCode: '93260',
      }),
    ]);
  });

  it.each([
    ['unknown', '10000000000'],
    ['closed', '10010067896'],
  ])('answers no one for an %s RPPS, in one request', async (_case, rpps) => {
    const { directory, requests } = await startDirectory();
    expect(found(await directory.byRpps(rpps))).toEqual(
      expect.objectContaining({ practitioners: [], truncated: false }),
    );
    expect(requests.filter((request) => request.url.includes('PractitionerRole'))).toHaveLength(
      rpps === '10000000000' ? 0 : 1,
    );
  });

  const denominations = (practitioner: Practitioner | undefined) =>
    practitioner?.places.map((place) => place.denomination);
  const pageRequests = (requests: RecordedRequest[]) =>
    requests.filter((request) => request.url.startsWith('/fhir/v2/_page?id='));

  it('follows Bundle.link next pages (four activities, two per page)', async () => {
    const { directory, requests } = await startDirectory({ maxPageSize: 2 });
    const { practitioners, truncated } = found(await directory.byRpps('10003926135'));
    expect(denominations(practitioners[0])).toEqual([
      'CABINET DE RADIOLOGIE DU ROUENNAIS',
      'GIE IMAGERIE DU MORVAN',
      'SELARL IMAGERIE DU BEAUVAISIS',
    ]);
    expect(truncated).toBe(false);
    expect(pageRequests(requests)).toHaveLength(1);
  });

  it('reads three pages at most, and then says the answer is truncated', async () => {
    const { directory, requests } = await startDirectory({ maxPageSize: 1 });
    const { practitioners, truncated } = found(await directory.byRpps('10003926135'));
    expect(denominations(practitioners[0])).toHaveLength(3);
    expect(truncated).toBe(true);
    expect(pageRequests(requests)).toHaveLength(2);
  });
});

describe('FhirDirectory.byStructure', () => {
  it.each([
    ['finess', '710015959', 'urn:oid:1.2.250.1.71.4.2.2|1710015959'],
    ['siret', '81234567600017', 'urn:oid:1.2.250.1.71.4.2.2|381234567600017'],
    ['rppsRang', '10003926135544', 'urn:oid:1.2.250.1.71.4.2.2|410003926135544'],
  ] as const)('finds who practises at a %s, with all their places', async (kind, value, structureId) => {
    const { directory, requests } = await startDirectory();
    const { practitioners } = found(await directory.byStructure({ kind, value }));
    expect(practitioners.map((practitioner) => practitioner.rpps)).toEqual(['10003926135']);
    expect(practitioners[0]?.places).toHaveLength(3);
    expect(
      practitioners[0]?.places.map((place) => `urn:oid:1.2.250.1.71.4.2.2|${place.nationalStructureId}`),
    ).toContain(structureId);
    const [organizationSearch] = requests.map(sent);
    expect(organizationSearch).toEqual(['/Organization', [['identifier', kind === 'rppsRang' ? structureId : value]]]);
  });

  it('checks the identifier it searched: a SIREN equal to the FINESS is another structure', async () => {
    const { directory, requests } = await startDirectory();
    found(await directory.byStructure({ kind: 'finess', value: '710015959' }));
    expect(requests.map(sent)[1]).toEqual([
      '/PractitionerRole',
      [
        ['organization', '001-01-710015959'],
        ['_include', 'PractitionerRole:practitioner'],
        ['active', 'true'],
        ['_count', '50'],
      ],
    ]);
  });

  it('reads a FINESS under the older http system and answers no one for an unknown structure', async () => {
    const { directory } = await startDirectory();
    const dubois = found(await directory.byStructure({ kind: 'finess', value: '690007893' })).practitioners;
    expect(
      dubois.map((practitioner) => [practitioner.lastName, practitioner.places.map((place) => place.finess)]),
    ).toEqual([['DUBOIS', ['690007893']]]);
    expect(found(await directory.byStructure({ kind: 'siret', value: '99999999999999' })).practitioners).toEqual([]);
  });
});
