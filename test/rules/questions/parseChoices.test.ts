import { parseAnswer, ParsedAnswer } from '../../../rules/questions/parseAnswer';
import type { Question } from '../../../rules/questions/question';
import { QuestionName, questions } from '../helpers/questionAt';
import { frenchVocabulary } from '../helpers/vocabulary';

const parse = (question: Question, text: string): ParsedAnswer =>
  parseAnswer(question, text, frenchVocabulary(question));
const ok = (key: string, value: string | number | string[]): ParsedAnswer => ({ ok: true, values: { [key]: value } });

describe('parseAnswer: choices in free French (vocabulary of locales/fr/choices.json)', () => {
  it.each<[QuestionName, string, string]>([
    ['risController', "c'est un GIE", 'gie'],
    ['risController', 'on est une SELARL', 'liberal'],
    ['risController', "C'est l'hôpital !", 'establishment'],
    ['risController', 'gie', 'gie'],
    ['risController', 'Le radiologue libéral (cabinet ou société)', 'liberal'],
    ['structureType', 'on est une SELARL', 'societe'],
    ['structureType', "c'est un GIE", 'gie'],
    ['structureType', 'un cabinet de groupe', 'cabinet'],
    ['structureType', 'une clinique', 'establishment'],
    ['yesNo', 'oui', 'yes'],
    ['yesNo', 'Oui.', 'yes'],
    ['yesNo', 'non', 'no'],
    ['yesNo', 'non merci', 'no'],
    ['yesNo', 'tout à fait', 'yes'],
    ['insiMode', 'les deux', 'both'],
    ['insiMode', 'automatique', 'auto'],
    ['insiMode', 'INSI-MANU', 'manu'],
    ['insiMode', 'à la main', 'manu'],
    ['adminDelegation', "l'éditeur", 'editor'],
    ['adminDelegation', 'nous-mêmes', 'structure'],
    ['qualite', 'le responsable légal', 'responsableLegal'],
    ['qualite', 'titulaire du cabinet', 'titulaireCabinet'],
    ['qualite', 'mandataire', 'mandataire'],
  ])('%s: %j → %s', (name, text, choice) => {
    const question = questions[name];
    expect(parse(question, text)).toEqual(ok(question.key, choice));
  });

  it.each<[QuestionName, string]>([
    ['yesNo', 'oui et non'],
    ['yesNo', 'pas tout à fait'],
    ['risController', 'bof'],
    ['insiMode', ''],
  ])('%s: %j names no single choice', (name, text) => {
    expect(parse(questions[name], text)).toEqual({ ok: false, error: { source: 'choice', code: 'noMatch' } });
  });

  it.each<[string, string[] | undefined]>([
    ['DMP et INSi', ['dmp', 'insi']],
    ['la messagerie sécurisée et le DMP', ['dmp', 'mssante']],
    ['tous', ['dmp', 'insi', 'mssante', 'psc']],
    ["l'ensemble", ['dmp', 'insi', 'mssante', 'psc']],
    ['Pro Santé Connect', ['psc']],
    ['rien de tout ça', undefined],
  ])('services: %j → %j', (text, services) => {
    expect(parse(questions.services, text)).toEqual(
      services ? ok('services', services) : { ok: false, error: { source: 'choice', code: 'noMatch' } },
    );
  });

  it.each([
    ['je ne sais pas', ok('sectorCode', 'unknown')],
    ['sa 07', ok('sectorCode', 'SA07')],
    ['9', ok('sectorCode', 'SA09')],
    ['SA99', { ok: false, error: { source: 'sectorCode', code: 'unknownCode' } }],
    ['XYZ', { ok: false, error: { source: 'sectorCode', code: 'format' } }],
  ])('sector code %j', (text, expected) => {
    expect(parse(questions.sectorCode, text)).toEqual(expected);
  });
});
