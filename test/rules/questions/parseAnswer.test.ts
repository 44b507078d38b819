import { cabinetSlot } from '../../../rules/questions/editors';
import { parseAnswer, ParsedAnswer } from '../../../rules/questions/parseAnswer';
import type { Question } from '../../../rules/questions/question';
import { validFiness, validRppsRang, validSiret } from '../helpers/identifiers';
import { cabinetPath, questionAt, QuestionName, questions } from '../helpers/questionAt';
import { frenchVocabulary } from '../helpers/vocabulary';

const parse = (question: Question, text: string): ParsedAnswer =>
  parseAnswer(question, text, frenchVocabulary(question));
const ok = (key: string, value: string | number | string[]): ParsedAnswer => ({ ok: true, values: { [key]: value } });

describe('parseAnswer: numbers', () => {
  const range = { min: 1, max: 20 };
  it.each<[string, ParsedAnswer]>([
    ['3', ok('cabinetCount', 3)],
    ['trois', ok('cabinetCount', 3)],
    ['Trois', ok('cabinetCount', 3)],
    ['dans 2 cabinets', ok('cabinetCount', 2)],
    ['vingt', ok('cabinetCount', 20)],
    ['dix-sept', ok('cabinetCount', 17)],
    ['trois cabinets', ok('cabinetCount', 3)],
    ['0', { ok: false, error: { source: 'number', code: 'outOfRange', ...range } }],
    ['21', { ok: false, error: { source: 'number', code: 'outOfRange', ...range } }],
    ['plusieurs', { ok: false, error: { source: 'number', code: 'notNumber', ...range } }],
  ])('%j', (text, expected) => {
    expect(parse(questions.cabinetCount, text)).toEqual(expected);
  });
});

describe('parseAnswer: RPPS-rang lists fill several cabinets', () => {
  /** As the question loop does: the following cabinets of the same count. */
  const following = (question: Question, taken: string[] = []) => ({
    keyOfNext: (offset: number) => {
      const index = Number(question.params['index']) + offset;
      return index <= Number(question.params['count']) ? cabinetSlot(index, 'rppsRang') : undefined;
    },
    taken,
  });
  const first = (count: number) => questionAt(cabinetPath(count), 'cabinet[1].rppsRang');
  const [r1, r2, r3] = [validRppsRang(1), validRppsRang(2), validRppsRang(3)];
  const grouped = (value: string) => `${value.slice(0, 11)} ${value.slice(11)}`;

  it.each<[string, number, string, ParsedAnswer]>([
    [
      'three in one message',
      3,
      `${r1}, ${r2} et ${r3}`,
      { ok: true, values: { 'cabinet[1].rppsRang': r1, 'cabinet[2].rppsRang': r2, 'cabinet[3].rppsRang': r3 } },
    ],
    [
      'grouped digits, new lines',
      2,
      `${grouped(r1)}\n${grouped(r2)}`,
      { ok: true, values: { 'cabinet[1].rppsRang': r1, 'cabinet[2].rppsRang': r2 } },
    ],
    [
      'fewer than the cabinets',
      3,
      `${r1}; ${r2}`,
      { ok: true, values: { 'cabinet[1].rppsRang': r1, 'cabinet[2].rppsRang': r2 } },
    ],
  ])('%s', (_case, count, text, expected) => {
    const question = first(count);
    expect(question.input).toEqual({ type: 'identifier', identifier: 'rppsRang', acceptsList: true });
    expect(parseAnswer(question, text, frenchVocabulary(question), following(question))).toEqual(expected);
  });

  it('stops at the first invalid RPPS-rang and says which', () => {
    const question = first(3);
    const wrongKey = `${r2.slice(0, 13)}${(Number(r2.slice(13)) + 1) % 10}`;
    expect(parseAnswer(question, `${r1}, ${wrongKey}`, frenchVocabulary(question), following(question))).toEqual({
      ok: false,
      error: {
        source: 'identifier',
        result: { ok: false, kind: 'rppsRang', code: 'badCheckKey', normalised: wrongKey },
      },
    });
  });

  it('refuses an RPPS-rang given twice, in the list or for another cabinet', () => {
    const question = first(3);
    const duplicate = { ok: false, error: { source: 'rppsRangList', code: 'duplicate', value: r1 } };
    expect(parseAnswer(question, `${r1}, ${r1}`, frenchVocabulary(question), following(question))).toEqual(duplicate);
    expect(parseAnswer(question, r1, frenchVocabulary(question), following(question, [r1]))).toEqual(duplicate);
  });

  it('refuses more RPPS-rang than there are cabinets left', () => {
    const question = first(2);
    expect(parseAnswer(question, `${r1}, ${r2}, ${r3}`, frenchVocabulary(question), following(question))).toEqual({
      ok: false,
      error: { source: 'rppsRangList', code: 'tooMany', given: 3, expected: 2 },
    });
  });

  it('takes a single RPPS-rang when there is one cabinet', () => {
    const question = questionAt(cabinetPath(1), 'cabinet[1].rppsRang');
    expect(parse(question, grouped(r1))).toEqual(ok('cabinet[1].rppsRang', r1));
  });
});

describe('parseAnswer: names, identifiers and text', () => {
  it.each<[QuestionName, string, ParsedAnswer]>([
    ['nom', 'dupont', ok('representant.nom', 'DUPONT')],
    ['nom', '  le   goff ', ok('representant.nom', 'LE GOFF')],
    ['nom', 'Jean-Pierre', ok('representant.nom', 'JEAN-PIERRE')],
    ['nom', "d'Artagnan", ok('representant.nom', "D'ARTAGNAN")],
    ['nom', 'élodie', ok('representant.nom', 'ÉLODIE')],
    ['nom', 'R2D2', { ok: false, error: { source: 'text', code: 'invalidCharacters', maxLength: 60 } }],
    ['nom', ' ', { ok: false, error: { source: 'text', code: 'empty', maxLength: 60 } }],
    ['nom', 'A'.repeat(61), { ok: false, error: { source: 'text', code: 'tooLong', maxLength: 60 } }],
    ['telephone', '+33 6 23 45 67 93', ok('representant.telephone', '0623456793')],
    ['email', ' ADupont@Exemple.fr ', ok('admin[1].email', 'adupont@exemple.fr')],
    ['finess', `${validFiness(1).slice(0, 3)} ${validFiness(1).slice(3)}`, ok('finess', validFiness(1))],
    ['siret', `${validSiret(1).slice(0, 9)} ${validSiret(1).slice(9)}`, ok('siret', validSiret(1))],
    ['denomination', '  GIE   du Morvan ', ok('denomination', 'GIE du Morvan')],
    ['denomination', 'x'.repeat(121), { ok: false, error: { source: 'text', code: 'tooLong', maxLength: 120 } }],
  ])('%s: %j', (name, text, expected) => {
    expect(parse(questions[name], text)).toEqual(expected);
  });
});
