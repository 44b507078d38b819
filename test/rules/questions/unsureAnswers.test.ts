import type { AnswerValue } from '../../../rules/answers';
import { parseAnswer, ParsedAnswer } from '../../../rules/questions/parseAnswer';
import type { Question } from '../../../rules/questions/question';
import type { UnsureReason } from '../../../rules/questions/unsure';
import { questionAt, questions } from '../helpers/questionAt';
import { caseChoices, commonChoices, scenario } from '../helpers/scenario';
import { TestLanguage, vocabularyIn } from '../helpers/vocabulary';

/** Every choice question of the contract (shared/contracts/conversation.md), as the flow asks it. */
const slots = {
  risController: questions.risController,
  sectorCode: questions.sectorCode,
  'structureType (SA04)': questions.structureType,
  'structureType (secteur inconnu)': questionAt(
    scenario({ risController: 'liberal', sectorCode: 'unknown' }),
    'structureType',
  ),
  hospitalRisCertified: questionAt(scenario({ risController: 'establishment' }), 'hospitalRisCertified'),
  selCertifiedElsewhere: questionAt(
    scenario({ risController: 'liberal', sectorCode: 'SA09' }),
    'selCertifiedElsewhere',
  ),
  sharedCertifiedRis: questions.yesNo,
  services: questions.services,
  pfiRelay: questionAt(scenario({ ...caseChoices.gie, services: ['dmp', 'insi'] }), 'pfiRelay'),
  insiMode: questions.insiMode,
  adminDelegation: questions.adminDelegation,
  'representant.qualite': questions.qualite,
  moreAdmins: questionAt(scenario({ ...caseChoices.gie, ...commonChoices }), 'moreAdmins[1]'),
} satisfies Record<string, Question>;
type Slot = keyof typeof slots;
const yesNoSlots: Slot[] = [
  'hospitalRisCertified',
  'selCertifiedElsewhere',
  'sharedCertifiedRis',
  'pfiRelay',
  'moreAdmins',
];

/** What an answer becomes: a choice, help and the same question (why), not understood, or a malformed sector code. */
type Becomes = { choice: AnswerValue } | UnsureReason | 'noMatch' | 'sectorCodeFormat';

/** A phrase, what it becomes at most questions, and where it becomes something else. */
type Row = [phrase: string, usually: Becomes, except?: Partial<Record<Slot, Becomes>>];

const atYesNo = (becomes: Becomes): Partial<Record<Slot, Becomes>> =>
  Object.fromEntries(yesNoSlots.map((slot) => [slot, becomes]));
const unknownSector = { sectorCode: { choice: 'unknown' } } as const;
const no = { choice: 'no' } as const;

const rows: Row[] = [
  // Not knowing: help and the same question everywhere; only the sector code offers a choice for it (`unknown`).
  ['je ne sais pas', 'dontKnow', unknownSector],
  ['je sais pas', 'dontKnow', unknownSector],
  ['aucune idée', 'dontKnow', unknownSector],
  ["aucune idée, l'éditeur s'en occupe", 'dontKnow', unknownSector],
  ["je n'en sais rien", 'dontKnow', unknownSector],
  ['je ne sais pas si on a une PFI', 'dontKnow', unknownSector],
  ['oui mais je ne suis pas sûre', 'dontKnow', unknownSector],
  ['non, enfin je ne suis pas du tout certaine', 'dontKnow', unknownSector],
  ['peut-être', 'dontKnow', unknownSector],
  ['bonne question', 'dontKnow', unknownSector],
  ["demandez à l'éditeur", 'askElsewhere', unknownSector],
  ['je vais vérifier avec le radiologue', 'askElsewhere', unknownSector],
  ['mon éditeur saura', 'askElsewhere', unknownSector],
  // Someone else «s'en occupe»: no answer, unless it names a choice (the editor administers).
  ["l'éditeur s'en occupe", 'askElsewhere', { ...unknownSector, adminDelegation: { choice: 'editor' } }],
  // A question back gets the help, even at the sector code.
  ["c'est quoi une PFI ?", 'question'],
  ['ça veut dire quoi', 'question'],
  ['pourquoi vous me demandez ça', 'question'],
  ["c'est l'éditeur, non ?", 'question'],
  ['?', 'question'],
  // Real «non», hedged or not: negation is read, a belief is an answer.
  ['non je crois pas', 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
  ['je ne pense pas', 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
  ['nn', 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
  ['pas du tout', 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
  ['non, aucune', 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
  ['aucune PFI', 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
  ["non, on n'a pas de PFI", 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
  ['pas encore, il faut que le docteur signe', 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
  ['je pense que oui', 'noMatch', { ...atYesNo({ choice: 'yes' }), sectorCode: 'sectorCodeFormat' }],
  ['pas tout à fait', 'noMatch', { sectorCode: 'sectorCodeFormat' }],
  // «les 2» names two choices only where «les deux» is one.
  ['les 2', 'noMatch', { insiMode: { choice: 'both' }, sectorCode: 'sectorCodeFormat' }],
];

const expected = (key: string, becomes: Becomes): ParsedAnswer => {
  if (becomes === 'noMatch') return { ok: false, error: { source: 'choice', code: 'noMatch' } };
  if (becomes === 'sectorCodeFormat') return { ok: false, error: { source: 'sectorCode', code: 'format' } };
  if (typeof becomes === 'string') return { ok: false, error: { source: 'unsure', reason: becomes } };
  return { ok: true, values: { [key]: becomes.choice } };
};

const describeBecomes = (becomes: Becomes): string =>
  typeof becomes === 'string' ? becomes : `choice ${JSON.stringify(becomes.choice)}`;

const table = (language: TestLanguage, phrases: Row[]) =>
  phrases.flatMap(([phrase, usually, except = {}]) =>
    (Object.keys(slots) as Slot[]).map((slot): [Slot, string, string, Becomes, TestLanguage] => {
      const becomes = except[slot] ?? usually;
      return [slot, phrase, describeBecomes(becomes), becomes, language];
    }),
  );

describe('contract: «an answer that says the user does not know … is never recorded as a choice (unless the question offers one for it, as sectorCode’s unknown): the bot helps, says whom to ask, and asks the same slot again»', () => {
  it.each(table('fr', rows))('%s: %j → %s', (slot, phrase, _shown, becomes, language) => {
    const question = slots[slot];
    expect(parseAnswer(question, phrase, vocabularyIn(language, question))).toEqual(expected(question.key, becomes));
  });
});

describe('negation names what is not chosen', () => {
  it.each<[Slot, string, AnswerValue]>([
    ['services', "DMP, pas l'INSi", ['dmp']],
    ['services', "je n'utilise pas le DMP, seulement l'INSi", ['insi']],
    ['risController', "ni l'hôpital ni un GIE, c'est nous", 'liberal'],
    ['adminDelegation', "pas l'éditeur, quelqu'un de chez nous", 'structure'],
    ['structureType (SA04)', "ce n'est pas un cabinet, c'est une SELARL", 'societe'],
    // After «je ne sais pas» to the sector code only two types are offered, but a GIE typed is still understood.
    ['structureType (secteur inconnu)', 'un GIE en fait', 'gie'],
  ])('%s: %j → %j', (slot, phrase, choice) => {
    const question = slots[slot];
    expect(parseAnswer(question, phrase, vocabularyIn('fr', question))).toEqual(expected(question.key, { choice }));
  });
});

describe('free-text questions: not knowing is no value either', () => {
  it.each<[string, Question, string, ParsedAnswer['ok'] | UnsureReason]>([
    ['representant.nom', questions.nom, 'je ne sais pas', 'dontKnow'],
    ['representant.nom', questions.nom, 'Comment', true],
    ['denomination', questions.denomination, "aucune idée, demandez à l'éditeur", 'dontKnow'],
    ['denomination', questions.denomination, 'Quel Cabinet', true],
    ['finess', questions.finess, "c'est quoi un FINESS ?", 'question'],
    ['cabinetCount', questions.cabinetCount, 'je vais vérifier', 'askElsewhere'],
  ])('%s: %j', (_slot, question, phrase, becomes) => {
    const parsed = parseAnswer(question, phrase, vocabularyIn('fr', question));
    if (typeof becomes === 'boolean') expect(parsed.ok).toBe(becomes);
    else expect(parsed).toEqual({ ok: false, error: { source: 'unsure', reason: becomes } });
  });
});

describe('English', () => {
  const english: Row[] = [
    ["I don't know", 'dontKnow', unknownSector],
    ['no idea', 'dontKnow', unknownSector],
    ["yes but I'm not sure", 'dontKnow', unknownSector],
    ['ask the vendor', 'askElsewhere', unknownSector],
    ["what's a PFI?", 'question'],
    ["I don't think so", 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
    ['not yet', 'noMatch', { ...atYesNo(no), sectorCode: 'sectorCodeFormat' }],
  ];
  it.each(table('en', english))('%s: %j → %s', (slot, phrase, _shown, becomes, language) => {
    const question = slots[slot];
    expect(parseAnswer(question, phrase, vocabularyIn(language, question))).toEqual(expected(question.key, becomes));
  });
});
