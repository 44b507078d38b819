import { readLookupAnswer } from '../../../../rules/directory/lookup/readAnswer';
import { lookupRequestOf } from '../../../../rules/directory/lookup/request';
import type { LookupInput, LookupPhase, LookupState } from '../../../../rules/directory/lookup/state';
import type { ChoiceVocabulary } from '../../../../rules/questions/matchChoice';
import type { Question } from '../../../../rules/questions/question';
import { cabinetPath, questionAt, questions } from '../../helpers/questionAt';
import { scenario } from '../../helpers/scenario';
import { choiceWords, unsureVocabulary, vocabularyIn } from '../../helpers/vocabulary';
import { targets } from './lookupFixtures';

/** The words the dialog passes at each question: «Continuer sans l'annuaire», or the list's own names. */
const choicesAt: Record<LookupPhase, ChoiceVocabulary> = {
  query: choiceWords('fr', 'directoryManual'),
  town: choiceWords('fr', 'directoryManual'),
  practitioner: { p1: ['Émilie LEFÈVRE (LYON)'], p2: ['Émilie LEFÈVRE (LYON, NANTES)'] },
  place: {
    '1': ['1. GIE IMAGERIE DU MORVAN (AUTUN)', 'GIE IMAGERIE DU MORVAN', 'AUTUN'],
    '2': ['2. SELARL DU PARC (NANTES)', 'SELARL DU PARC', 'NANTES'],
    none: ['Aucun de ces lieux', 'aucun'],
  },
  denomination: {
    directory: ['Prendre « GIE DU MORVAN »', 'GIE DU MORVAN', "celle de l'annuaire", 'oui'],
    typed: ['Garder « GIE de Morvan »', 'GIE de Morvan', 'garder la mienne', 'non'],
  },
};

const stateAt = (phase: LookupPhase): LookupState => ({
  target: targets[0] ?? { key: 'sectorCode', need: 'any', cabinetIndex: 1 },
  phase,
  failures: 0,
  practitioners: [],
  places: [],
});

/** What each phrase becomes at each look-up question (contract: «je ne sais pas» and a question back are never a choice). */
const rows: [LookupPhase, string, LookupInput][] = [
  ['query', "Continuer sans l'annuaire", { kind: 'chosen', id: 'manual' }],
  ['query', 'manual', { kind: 'chosen', id: 'manual' }],
  ['query', 'Antoine Dupont', { kind: 'typed', text: 'Antoine Dupont' }],
  // A name may be «Comment»: only a «?» or words of not knowing make it no answer.
  ['query', 'Comment', { kind: 'typed', text: 'Comment' }],
  ['query', 'je ne sais pas', { kind: 'unsure', reason: 'dontKnow' }],
  ['query', "c'est quoi le RPPS ?", { kind: 'unsure', reason: 'question' }],
  ['town', 'Lyon', { kind: 'typed', text: 'Lyon' }],
  ['town', 'aucune idée', { kind: 'unsure', reason: 'dontKnow' }],
  ['town', 'sans annuaire', { kind: 'chosen', id: 'manual' }],
  ['practitioner', 'Émilie LEFÈVRE (LYON)', { kind: 'chosen', id: 'p1' }],
  ['practitioner', 'je ne sais pas', { kind: 'unsure', reason: 'dontKnow' }],
  ['practitioner', 'Marseille', { kind: 'typed', text: 'Marseille' }],
  ['place', '2', { kind: 'chosen', id: '2' }],
  ['place', 'celui de Nantes', { kind: 'chosen', id: '2' }],
  ['place', 'aucun de ces lieux', { kind: 'chosen', id: 'none' }],
  ['place', 'oui mais je ne suis pas sûre', { kind: 'unsure', reason: 'dontKnow' }],
  // «Continuer sans l'annuaire» is no choice of the places' list.
  ['place', "continuer sans l'annuaire", { kind: 'typed', text: "continuer sans l'annuaire" }],
  ['denomination', 'garder la mienne', { kind: 'chosen', id: 'typed' }],
  ['denomination', 'oui', { kind: 'chosen', id: 'directory' }],
  ['denomination', 'je ne sais pas', { kind: 'unsure', reason: 'dontKnow' }],
  ['denomination', 'le troisième', { kind: 'typed', text: 'le troisième' }],
];

describe('what a message says to the look-up', () => {
  it.each(rows)('at %s, %j → %j', (phase, text, becomes) => {
    expect(readLookupAnswer(stateAt(phase), text, { choices: choicesAt[phase], unsure: unsureVocabulary() })).toEqual(
      becomes,
    );
  });
});

const at = (question: Question, text: string) =>
  lookupRequestOf(question, text, {
    choices: vocabularyIn('fr', question).choices,
    lookup: choiceWords('fr', 'directoryLookup'),
    unsure: unsureVocabulary(),
  });

const rppsRang = questionAt(cabinetPath(1), 'cabinet[1].rppsRang');
const typeOfUnknownSector = questionAt(scenario({ risController: 'liberal', sectorCode: 'unknown' }), 'structureType');

/** README «The Annuaire Santé look-up»: where an answer asks for it, and with what. */
describe('an answer that asks for the Annuaire Santé', () => {
  it.each([
    [questions.sectorCode, 'Dr Antoine Dupont', { query: 'Dr Antoine Dupont' }],
    [questions.sectorCode, '10003926135', { query: '10003926135' }],
    // «je ne sais pas» to the sector code keeps its contract meaning (`unknown`); a code is a code.
    [questions.sectorCode, 'je ne sais pas', undefined],
    [questions.sectorCode, 'SA08', undefined],
    [questions.sectorCode, "c'est quoi le secteur d'activité", undefined],
    [questions.finess, "Chercher dans l'Annuaire Santé", {}],
    [questions.finess, 'je ne sais pas', {}],
    [questions.finess, 'Antoine Dupont', undefined],
    [rppsRang, '10003926135', { query: '10003926135' }],
    [rppsRang, '10003926135544', undefined],
    // The structure type invites a name only after «je ne sais pas» to the sector code.
    [typeOfUnknownSector, 'Antoine Dupont', { query: 'Antoine Dupont' }],
    [typeOfUnknownSector, 'une société', undefined],
    [questions.structureType, 'Antoine Dupont', undefined],
  ])('%#: %j', (question, text, request) => {
    const found = at(question, text);
    expect(found === undefined ? undefined : { ...(found.query === undefined ? {} : { query: found.query }) }).toEqual(
      request,
    );
  });
});
