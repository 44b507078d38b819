import { nameSearchPlan } from '../../../annuaire/fhir/nameQueries';
import { matchesName, nameWords } from '../../../rules/directory/nameSearch';

const queriesFor = (typed: string) =>
  nameSearchPlan(nameWords(typed)).queries.map((params) => params.map(([name, value]) => `${name}=${value}`).join('&'));

describe('FHIR name searches: at most three, likeliest reading first', () => {
  it.each([
    ['lefevre', ['family=LEFEVRE']],
    [
      'Émilie Lefèvre',
      ['family=LEFEVRE&given=EMILIE', 'family=EMILIE&given=LEFEVRE', 'family:contains=EMILIE&family:contains=LEFEVRE'],
    ],
    [
      'dupont antoine',
      ['family=ANTOINE&given=DUPONT', 'family=DUPONT&given=ANTOINE', 'family:contains=DUPONT&family:contains=ANTOINE'],
    ],
    [
      'jean pierre dupont',
      [
        'family=DUPONT&given=JEAN',
        'family=JEAN&given=PIERRE',
        'family:contains=PIERRE&family:contains=DUPONT&given=JEAN',
      ],
    ],
  ])('«%s» → %j', (typed, expected) => {
    expect(queriesFor(typed)).toEqual(expected);
  });

  it.each([
    ['Jean-Pierre Le Gall', 'family:contains=LE&family:contains=GALL&given=JEAN'],
    ['le gall jean pierre', 'family:contains=LE&family:contains=GALL&given=JEAN'],
    ['le gall jean', 'family:contains=LE&family:contains=GALL&given=JEAN'],
    ["jean d'ornano", 'family:contains=D&family:contains=ORNANO&given=JEAN'],
    ['marie claire de la tour', 'family:contains=DE&family:contains=LA&family:contains=TOUR&given=MARIE'],
  ])('«%s»: a particle starts the last name, searched first as %s', (typed, first) => {
    const queries = queriesFor(typed);
    expect(queries[0]).toBe(first);
    expect(queries.length).toBeLessThanOrEqual(3);
  });

  it('filters with every reading, also those it did not search', () => {
    const plan = nameSearchPlan(nameWords('jean pierre le gall'));
    expect(plan.splits).toHaveLength(7);
    expect(plan.queries).toHaveLength(3);
    expect(matchesName('PIERRE LE GALL', 'Jean', plan.splits)).toBe(true);
  });
});
