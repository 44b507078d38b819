import { inTown, parseDirectoryQuery, radiologistInMessage } from '../../../rules/directory/directoryQuery';
import type { Practitioner } from '../../../rules/directory/place';

describe('what the user types to find the radiologist', () => {
  it.each([
    ['10003926135', { kind: 'rpps', rpps: '10003926135' }],
    ['100 039 261 35', { kind: 'rpps', rpps: '10003926135' }],
    ['810003926135', { kind: 'rpps', rpps: '10003926135' }],
    ['10003926135544', { kind: 'rpps', rpps: '10003926135' }],
    ['10003926136', { kind: 'invalid', reason: 'rppsKey' }],
    ['1000392613', { kind: 'invalid', reason: 'rppsKey' }],
    ['Dr Antoine Dupont', { kind: 'name', words: ['ANTOINE', 'DUPONT'], typed: 'Antoine Dupont' }],
    ['émilie lefèvre', { kind: 'name', words: ['EMILIE', 'LEFEVRE'], typed: 'émilie lefèvre' }],
    ["Mme D'Ornano", { kind: 'name', words: ['D', 'ORNANO'], typed: "D'Ornano" }],
    ['SA 99 bis', { kind: 'invalid', reason: 'notAName' }],
    ['', { kind: 'invalid', reason: 'notAName' }],
  ])('«%s»', (typed, expected) => {
    expect(parseDirectoryQuery(typed)).toEqual(expected);
  });
});

describe('homonyms narrowed by town', () => {
  const place = (town: string, postalCode: string) => ({ denomination: 'CABINET', town, postalCode });
  const lyon: Practitioner = {
    rpps: '10005012348',
    lastName: 'LEFÈVRE',
    firstName: 'Émilie',
    places: [place('LYON', '69002')],
  };
  const nantes: Practitioner = {
    rpps: '10006023450',
    lastName: 'LEFÈVRE',
    firstName: 'Émilie',
    places: [place('NANTES', '44000')],
  };
  const villefranche: Practitioner = {
    rpps: '10009056788',
    lastName: 'LEFÈVRE',
    firstName: 'Émilie',
    places: [place('VILLEFRANCHE-SUR-SAONE', '69400')],
  };

  it.each([
    ['Lyon', [lyon]],
    ['nantes', [nantes]],
    ['44', [nantes]],
    ['69', [lyon, villefranche]],
    ['Villefranche sur Saône', [villefranche]],
    ['Brest', []],
    ['', []],
  ])('«%s»', (town, expected) => {
    expect(inTown([lyon, nantes, villefranche], town)).toEqual(expected);
  });
});

describe('a radiologist named in the first message', () => {
  it.each([
    ['Bonjour, je suis la secrétaire du Dr Antoine Dupont à Rouen', 'Antoine Dupont'],
    ['bonjour docteur Lefèvre', 'Lefèvre'],
    ['Bonjour, RPPS 100 039 261 35 pour le cabinet', '10003926135'],
    ['Bonjour, RPPS 10003926136', undefined],
    ['bonjour', undefined],
    ['Bonjour, nous voulons des certificats DMP', undefined],
  ])('«%s»', (text, expected) => {
    expect(radiologistInMessage(text)).toBe(expected);
  });
});
