import { nameWords } from '../../../rules/directory/nameSearch';
import { directoryPerTest, found, sent } from '../fixtures/fhir/testDirectory';

const startDirectory = directoryPerTest();

const byName = async (typed: string, limit = 10, options: Parameters<typeof startDirectory>[0] = {}) => {
  const { directory, requests } = await startDirectory(options);
  return { ...found(await directory.byName({ words: nameWords(typed) }, limit)), requests };
};

describe('FhirDirectory.byName against a local Annuaire Santé', () => {
  it.each(['emilie lefevre', 'LEFÈVRE émilie', 'Lefevre Em'])(
    '«%s» finds both Émilie LEFÈVRE (homonyms), each with her places',
    async (typed) => {
      const { practitioners, truncated } = await byName(typed);
      expect(truncated).toBe(false);
      expect(
        practitioners.map((p) => [p.rpps, p.lastName, p.firstName, p.places.map((place) => place.denomination)]),
      ).toEqual([
        ['10005012348', 'LEFÈVRE', 'Émilie', ['CABINET DU DR LEFÈVRE']],
        ['10006023450', 'LEFÈVRE', 'Émilie', ['SELAS RADIOLOGIE NANTES ERDRE']],
      ]);
    },
  );

  it('sends at most three searches by family name, then one for the activities of those found', async () => {
    const { requests } = await byName('Émilie Lefèvre');
    expect(requests.map(sent)).toEqual([
      [
        '/Practitioner',
        [
          ['family', 'LEFEVRE'],
          ['given', 'EMILIE'],
          ['active', 'true'],
          ['_count', '50'],
        ],
      ],
      [
        '/Practitioner',
        [
          ['family', 'EMILIE'],
          ['given', 'LEFEVRE'],
          ['active', 'true'],
          ['_count', '50'],
        ],
      ],
      [
        '/Practitioner',
        [
          ['family:contains', 'EMILIE'],
          ['family:contains', 'LEFEVRE'],
          ['active', 'true'],
          ['_count', '50'],
        ],
      ],
      [
        '/PractitionerRole',
        [
          ['practitioner', '003-1000501-2348,003-1000602-3450'],
          ['_include', 'PractitionerRole:organization'],
          ['active', 'true'],
          ['_count', '50'],
        ],
      ],
    ]);
  });

  it('keeps to the limit and says there were more', async () => {
    const { practitioners, truncated } = await byName('emilie lefevre', 1);
    expect(practitioners.map((p) => p.rpps)).toEqual(['10005012348']);
    expect(truncated).toBe(true);
  });

  it('reads one page per name search: a longer answer is truncated', async () => {
    const { practitioners, truncated } = await byName('emilie lefevre', 10, { maxPageSize: 1 });
    expect(practitioners).toHaveLength(1);
    expect(truncated).toBe(true);
  });

  it.each(['jean pierre le gall', 'Le Gall Jean-Pierre', 'jean-pierre le-gall'])(
    '«%s» finds LE-GALL JEAN-PIERRE despite the hyphens',
    async (typed) => {
      const { practitioners } = await byName(typed);
      expect(practitioners.map((p) => [p.lastName, p.firstName, p.places[0]?.rppsRang])).toEqual([
        ['LE-GALL', 'JEAN-PIERRE', '10008045675015'],
      ]);
    },
  );

  it('finds only practitioners with an RPPS and an open practice', async () => {
    expect((await byName('antoine dupont')).practitioners.map((p) => p.rpps)).toEqual(['10003926135']);
    expect((await byName('alexandre dupont')).practitioners).toEqual([]);
  });

  it('matches the whole reading, not a prefix of the last name', async () => {
    const { practitioners, requests } = await byName('jean mart');
    expect(practitioners).toEqual([]);
    expect(requests.some((request) => request.url.includes('PractitionerRole'))).toBe(false);
  });
});
