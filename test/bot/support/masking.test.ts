import { validateCardNumber, validatePhone } from '../../../rules/identifiers';
import { maskDeep, maskPersonalNumbers } from '../../../bot/support/masking';
import { knownNumbersOf } from '../../../bot/support/knownNumbers';

const masked22 = '••••••••22';

describe('masking: every phone format the validator accepts is masked', () => {
  it.each([
    ['0629001122'],
    ['06 29 00 11 22'],
    ['0629 001 122'],
    ['06  29 00 11 22'],
    ['06.29.00.11.22'],
    ['06-29-00-11-22'],
    ['06/29/00/11/22'],
    ['06\u00a029\u202f00 11 22'],
    ['+33 6 29 00 11 22'],
    ['+33 (0)6 29 00 11 22'],
    ['+33 06 29 00 11 22'],
    ['0033 6 29 00 11 22'],
    ['+33629001122'],
  ])('%s', (phone) => {
    expect(validatePhone(phone)).toEqual({ ok: true, value: '0629001122' });
    expect(maskPersonalNumbers(`Mon portable : ${phone}, merci.`)).toBe(`Mon portable : ${masked22}, merci.`);
  });

  it.each([
    ['06/67/52/93/23', '••••••••23'],
    ['(01) 45 67 89 10', '••••••••10'],
    ['+262 262 12 34 56', '••••••••56'],
  ])('%s (issue 13: other accepted forms)', (phone, expected) => {
    expect(validatePhone(phone).ok).toBe(true);
    expect(maskPersonalNumbers(`tél. ${phone}`)).toBe(`tél. ${expected}`);
  });
});

describe('masking: every card number format the validator accepts is masked', () => {
  it.each([
    ['1107463982', '••••••••82'],
    ['1107 463 982', '••••••••82'],
    ['1107-463-982', '••••••••82'],
    ['10 1234 5678', '••••••••78'],
    ['5166 567 834', '••••••••34'],
    ['51 10 74 63 98', '••••••••98'],
    ['11.2375.0485', '••••••••85'],
  ])('%s', (card, expected) => {
    expect(validateCardNumber(card).ok).toBe(true);
    expect(maskPersonalNumbers(`carte ${card}`)).toBe(`carte ${expected}`);
  });
});

describe('masking: structure identifiers are not personal data and stay readable', () => {
  it.each([
    ['FINESS 750712184'],
    ['SIRET 732 829 320 00074'],
    ['SIRET 73 28 29 32 00 00 74'],
    ['RPPS-rang 10003926135546'],
    ['RPPS 10003926135'],
    ['identifiant national 1710015959'],
    ['Identifiant national de structure : 1750712184'],
    ['national identifier 1750712184'],
    ['identifiant national 373282932000074'],
    ['le 30/11/2026 à 09:30'],
  ])('%s', (text) => {
    expect(maskPersonalNumbers(text)).toBe(text);
  });

  it('a ten-digit «1»+FINESS without its label may be a card: masked', () => {
    expect(maskPersonalNumbers('numéro 1710015959')).toBe('numéro ••••••••59');
  });
});

describe('masking with the conversation’s stored answers', () => {
  const known = knownNumbersOf({
    'representant.telephone': '0629001122',
    'admin[1].carte': '1750712184',
    finess: '710015959',
    'cabinet[1].rppsRang': '10003926135546',
  });

  it('masks its own card even after an «identifiant national» label', () => {
    expect(maskPersonalNumbers('identifiant national 1750712184', known)).toBe('identifiant national ••••••••84');
  });

  it('keeps its own structures and their national identifiers without any label', () => {
    expect(maskPersonalNumbers('1710015959 et 410003926135546', known)).toBe('1710015959 et 410003926135546');
  });

  it('masks several numbers in one line, and leaves the rest of the text alone', () => {
    expect(maskPersonalNumbers('06 29 00 11 22 1107463982 FINESS 710015959.', known)).toBe(
      `${masked22} ••••••••82 FINESS 710015959.`,
    );
  });

  it('masks inside JSON-shaped values (a card’s submitted data, the hand-off summary)', () => {
    expect(
      maskDeep({ answer: '06 29 00 11 22', list: ['carte 1107463982', 3], nested: { finess: '710015959' } }, known),
    ).toEqual({
      answer: masked22,
      list: ['carte ••••••••82', 3],
      nested: { finess: '710015959' },
    });
  });
});
