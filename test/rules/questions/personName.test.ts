import { parseAnswer, ParsedAnswer } from '../../../rules/questions/parseAnswer';
import type { Question } from '../../../rules/questions/question';
import { questionAt, questions } from '../helpers/questionAt';
import { caseChoices, commonChoices, scenario } from '../helpers/scenario';
import { TestLanguage, vocabularyIn } from '../helpers/vocabulary';

const byField = {
  nom: questions.nom,
  prenom: questionAt(scenario({ ...caseChoices.gie, ...commonChoices }), 'admin[1].prenom'),
};
const parse = (question: Question, text: string, language: TestLanguage = 'fr'): ParsedAnswer =>
  parseAnswer(question, text, vocabularyIn(language, question));
const named = (key: string, name: string, removedTitles?: string[]): ParsedAnswer => ({
  ok: true,
  values: { [key]: name },
  ...(removedTitles ? { removedTitles } : {}),
});
const titleOnly = (title: string): ParsedAnswer => ({
  ok: false,
  error: { source: 'personName', code: 'titleOnly', title },
});

// Guide §4, 3.2 and 4.1: «Nom», «Prénom(s)», «Nom figurant sur la carte» — the name, upper case as on the card, no title.
describe('titles are not names', () => {
  it.each<['nom' | 'prenom', string, ParsedAnswer]>([
    ['nom', 'Dr Bertrand', named('representant.nom', 'BERTRAND', ['Dr'])],
    ['nom', 'Dr. Bertrand', named('representant.nom', 'BERTRAND', ['Dr.'])],
    ['nom', 'le docteur Bertrand', named('representant.nom', 'BERTRAND', ['docteur'])],
    ['nom', 'Pr Martin', named('representant.nom', 'MARTIN', ['Pr'])],
    ['nom', 'M. Dupont', named('representant.nom', 'DUPONT', ['M.'])],
    ['nom', 'M.Dupont', named('representant.nom', 'DUPONT', ['M.'])],
    ['nom', 'Mme Lefèvre', named('representant.nom', 'LEFÈVRE', ['Mme'])],
    ['nom', 'Monsieur Le Gall', named('representant.nom', 'LE GALL', ['Monsieur'])],
    ['prenom', 'Madame Émilie', named('admin[1].prenom', 'ÉMILIE', ['Madame'])],
    ['nom', 'Docteur', titleOnly('Docteur')],
    ['nom', 'Pr', titleOnly('Pr')],
    ['nom', 'Madame', titleOnly('Madame')],
    ['nom', 'Monsieur', titleOnly('Monsieur')],
    ['nom', 'le Dr', titleOnly('Dr')],
    ['prenom', 'Mme', titleOnly('Mme')],
    // Names that start like a title, or with an article, are names.
    ['nom', 'Le Gall', named('representant.nom', 'LE GALL')],
    ['nom', 'Mercier', named('representant.nom', 'MERCIER')],
    ['nom', 'Drouet', named('representant.nom', 'DROUET')],
    ['prenom', 'Marie', named('admin[1].prenom', 'MARIE')],
    ['nom', 'Dr 2', { ok: false, error: { source: 'text', code: 'invalidCharacters', maxLength: 60 } }],
  ])('%s: %j', (field, text, expected) => {
    expect(parse(byField[field], text)).toEqual(expected);
  });

  it.each<[string, ParsedAnswer]>([
    ['Dr Bertrand', named('representant.nom', 'BERTRAND', ['Dr'])],
    ['Mrs Smith', named('representant.nom', 'SMITH', ['Mrs'])],
    ['Doctor', titleOnly('Doctor')],
  ])('English: %j', (text, expected) => {
    expect(parse(questions.nom, text, 'en')).toEqual(expected);
  });
});
