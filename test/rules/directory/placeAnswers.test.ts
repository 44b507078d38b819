import { knownSectorCodes } from '../../../rules/sectorCodes';
import { sectorLabelOf, sectorLabels } from '../../../rules/sectorLabels';
import { lookupTargetOf } from '../../../rules/directory/lookupTarget';
import type { PlaceOfPractice, Practitioner } from '../../../rules/directory/place';
import { answersFromPlace, denominationMismatch, placesFor } from '../../../rules/directory/placeAnswers';
import { question } from '../../../rules/questions/question';

const gie: PlaceOfPractice = {
  denomination: 'GIE IMAGERIE DU MORVAN',
  town: 'AUTUN',
  sectorCode: 'SA04',
  finess: '710015959',
  nationalStructureId: '1710015959',
};
const sel: PlaceOfPractice = {
  denomination: 'SELARL IMAGERIE DU BEAUVAISIS',
  town: 'BEAUVAIS',
  sectorCode: 'SA09',
  siret: '81234567600017',
  nationalStructureId: '381234567600017',
};
const cabinet: PlaceOfPractice = {
  denomination: 'CABINET DE RADIOLOGIE DU ROUENNAIS',
  town: 'ROUEN',
  sectorCode: 'SA08',
  rppsRang: '10003926135544',
  nationalStructureId: '410003926135544',
};
const dupont: Practitioner = {
  rpps: '10003926135',
  lastName: 'DUPONT',
  firstName: 'Antoine',
  places: [gie, sel, cabinet],
};

const sectorCode = lookupTargetOf(question('sectorCode', 'sectorCode', { type: 'sectorCode' }, 'situation'));
const finess = lookupTargetOf(question('finess', 'finess', { type: 'identifier', identifier: 'finess' }, 'structure'));
const gieName = lookupTargetOf(
  question('denomination', 'denomination', { type: 'text', maxLength: 120 }, 'structure', { context: 'gie' }),
);
const selName = lookupTargetOf(
  question('denomination', 'denomination', { type: 'text', maxLength: 120 }, 'structure', { context: 'societe' }),
);
const siret = lookupTargetOf(question('siret', 'siret', { type: 'identifier', identifier: 'siret' }, 'structure'));
const secondRadiologistCabinet = lookupTargetOf(
  question(
    'radiologist[2].cabinet[1].rppsRang',
    'rppsRang',
    { type: 'identifier', identifier: 'rppsRang' },
    'structure',
    { index: 1, count: 1 },
  ),
);
const secondCabinet = lookupTargetOf(
  question('cabinet[2].rppsRang', 'rppsRang', { type: 'identifier', identifier: 'rppsRang' }, 'structure', {
    index: 2,
    count: 2,
  }),
);

describe('which places can answer the question', () => {
  it.each([
    ['the sector code', sectorCode, [gie, sel, cabinet]],
    ['a GIE’s FINESS', finess, [gie]],
    ['a GIE’s raison sociale', gieName, [gie]],
    ['a SEL’s raison sociale', selName, [sel]],
    ['a cabinet’s RPPS-rang', secondCabinet, [cabinet]],
  ])('%s', (_, target, places) => {
    expect(target).toBeDefined();
    expect(placesFor(dupont, target?.need ?? 'any')).toEqual(places);
  });

  it('a place already given is not offered again', () => {
    const secondCabinetOfMartin = { ...cabinet, rppsRang: '10007034563026' };
    const martin = { ...dupont, places: [cabinet, secondCabinetOfMartin] };
    expect(placesFor(martin, 'rppsRang', { 'cabinet[1].rppsRang': '10003926135544' })).toEqual([secondCabinetOfMartin]);
  });

  it('the other questions are not the annuaire’s', () => {
    expect(
      lookupTargetOf(question('representant.nom', 'representantNom', { type: 'personName' }, 'representant')),
    ).toBeUndefined();
  });
});

describe('what a chosen place fills', () => {
  it.each([
    [
      'a GIE from the sector code',
      gie,
      sectorCode,
      {},
      { sectorCode: 'SA04', denomination: 'GIE IMAGERIE DU MORVAN', finess: '710015959' },
    ],
    [
      'a SEL from the sector code',
      sel,
      sectorCode,
      {},
      { sectorCode: 'SA09', denomination: 'SELARL IMAGERIE DU BEAUVAISIS', siret: '81234567600017' },
    ],
    [
      'a cabinet from the sector code',
      cabinet,
      sectorCode,
      {},
      {
        sectorCode: 'SA08',
        'cabinet[1].rppsRang': '10003926135544',
        'cabinet[1].denomination': 'CABINET DE RADIOLOGIE DU ROUENNAIS',
      },
    ],
    [
      'the second cabinet',
      cabinet,
      secondCabinet,
      { 'cabinet[1].rppsRang': '10007034563018' },
      { 'cabinet[2].rppsRang': '10003926135544', 'cabinet[2].denomination': 'CABINET DE RADIOLOGIE DU ROUENNAIS' },
    ],
    [
      'a FINESS, keeping the name already typed',
      gie,
      finess,
      { denomination: 'GIE DU MORVAN' },
      { finess: '710015959' },
    ],
    ['nothing that fails its key', { ...gie, finess: '710015953' }, finess, { denomination: 'GIE' }, {}],
  ])('%s', (_, place, target, answers, expected) => {
    if (!target) throw new Error('no target');
    expect(answersFromPlace(place, target, answers)).toEqual(expected);
  });
});

describe("a raison sociale given earlier that is not the annuaire's for the identifier filled", () => {
  // Guide §4: «Dénomination de la structure» is the raison sociale; a form must not carry one company's SIRET under another's name.
  it.each([
    [
      "a SIRET under another company's name",
      sel,
      siret,
      { denomination: 'SELARL Imagerie du Parc' },
      { key: 'denomination', typed: 'SELARL Imagerie du Parc', directory: 'SELARL IMAGERIE DU BEAUVAISIS' },
    ],
    [
      'the same name in other letters (case, accents, punctuation)',
      sel,
      siret,
      { denomination: 'Selarl imagerie du Beauvaisis.' },
      undefined,
    ],
    [
      "a FINESS under another GIE's name",
      gie,
      finess,
      { denomination: 'GIE DU MORVAN' },
      { key: 'denomination', typed: 'GIE DU MORVAN', directory: 'GIE IMAGERIE DU MORVAN' },
    ],
    ["no name given yet: the annuaire's is filled, nothing to ask", sel, siret, {}, undefined],
    [
      "looked up from the name question itself: the annuaire's replaces it",
      sel,
      selName,
      { denomination: 'autre' },
      undefined,
    ],
    [
      "a cabinet's RPPS-rang under another cabinet's name",
      cabinet,
      secondCabinet,
      { 'cabinet[2].denomination': 'Cabinet du Parc' },
      { key: 'cabinet[2].denomination', typed: 'Cabinet du Parc', directory: 'CABINET DE RADIOLOGIE DU ROUENNAIS' },
    ],
    [
      "the second radiologist's cabinet",
      cabinet,
      secondRadiologistCabinet,
      { 'radiologist[2].cabinet[1].denomination': 'Cabinet du Parc' },
      {
        key: 'radiologist[2].cabinet[1].denomination',
        typed: 'Cabinet du Parc',
        directory: 'CABINET DE RADIOLOGIE DU ROUENNAIS',
      },
    ],
    [
      'an identifier that fails its key fills nothing: nothing to compare',
      { ...sel, siret: '81234567600018' },
      siret,
      { denomination: 'autre' },
      undefined,
    ],
  ])('%s', (_, place, target, answers, expected) => {
    if (!target) throw new Error('no target');
    expect(denominationMismatch(place, target, answers, answersFromPlace(place, target, answers))).toEqual(expected);
  });

  it("the second radiologist's cabinet is filled under his own slots", () => {
    if (!secondRadiologistCabinet) throw new Error('no target');
    expect(answersFromPlace(cabinet, secondRadiologistCabinet, {})).toEqual({
      'radiologist[2].cabinet[1].rppsRang': '10003926135544',
      'radiologist[2].cabinet[1].denomination': 'CABINET DE RADIOLOGIE DU ROUENNAIS',
    });
  });
});

describe('sector labels', () => {
  it.each([
    ['SA08', undefined, 'Cabinet de groupe'],
    ['SA09', 'Exercice en société', 'Exercice en société'],
    ['SA04', 'Libellé publié', 'Libellé publié'],
    ['SA99', undefined, undefined],
    [undefined, undefined, undefined],
  ])('%s, published %s → %s', (code, published, expected) => {
    expect(sectorLabelOf(code, published)).toBe(expected);
  });

  it('every code of the nomenclature has its label', () => {
    expect(knownSectorCodes.filter((code) => sectorLabels[code] === undefined)).toEqual([]);
  });
});
