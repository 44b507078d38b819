import { readFollowUpAnswer } from '../../../rules/followUp/readAnswer';
import { FollowUpInput, FollowUpPhase, offeredFollowUp } from '../../../rules/followUp/state';
import { walkthroughSteps } from '../../../rules/followUp/walkthrough';
import { followUpWords } from '../helpers/followUpWords';
import type { TestLanguage } from '../helpers/vocabulary';

const today = '2026-11-30';
const csr =
  '-----BEGIN CERTIFICATE REQUEST-----\nMIICijCCAXICAQAwRTELMAkGA1UEBhMCRlI=\n-----END CERTIFICATE REQUEST-----';
const csrStep = walkthroughSteps.indexOf('csr');

type Row = [phase: FollowUpPhase, text: string, becomes: FollowUpInput, language?: TestLanguage];

/** What each phrase becomes at each follow-up question (README «Not knowing is no answer»: never a choice). */
const rows: Row[] = [
  ['offer', 'oui', { kind: 'yes' }],
  ['offer', 'non merci', { kind: 'no' }],
  ['offer', 'aucune idée', { kind: 'unsure', reason: 'dontKnow' }],
  ['offer', 'oui mais je ne suis pas sûre', { kind: 'unsure', reason: 'dontKnow' }],
  ['offer', "c'est quoi le suivi ?", { kind: 'unsure', reason: 'question' }],
  // Not sent yet is no reason to decline, even said with «non».
  ['offer', 'pas encore, il faut que le docteur signe', { kind: 'notSentYet' }],
  ['offer', 'non, pas encore envoyé', { kind: 'notSentYet' }],
  ['offer', 'bonjour', { kind: 'other' }],
  ['offer', 'arrêter le suivi', { kind: 'stop' }],
  ['askSentOn', "aujourd'hui", { kind: 'sentOn', date: today }],
  ['askSentOn', 'hier', { kind: 'sentOn', date: '2026-11-29' }],
  ['askSentOn', 'le 27/11/2026', { kind: 'sentOn', date: '2026-11-27' }],
  // The buttons' ids (contract: the user may type the id).
  ['askSentOn', 'today', { kind: 'sentOn', date: today }],
  ['askSentOn', 'notYet', { kind: 'notSentYet' }],
  ['awaitingSend', 'envoyé', { kind: 'sentOn', date: today }],
  ['askSentOn', 'pas encore', { kind: 'notSentYet' }],
  ['askSentOn', 'pas encore, il faut que le docteur signe', { kind: 'notSentYet' }],
  ['askSentOn', 'je ne sais pas', { kind: 'unsure', reason: 'dontKnow' }],
  ['askSentOn', '01/12/2026', { kind: 'other' }],
  ['askSentOn', 'bientôt', { kind: 'other' }],
  ['askReference', '  DS-2026-413 ', { kind: 'reference', value: 'DS-2026-413' }],
  // «Pas de référence» is the question's own choice for not knowing: no reference is recorded.
  ['askReference', 'pas de référence', { kind: 'noReference' }],
  ['askReference', 'none', { kind: 'noReference' }],
  ['askReference', 'aucune idée', { kind: 'noReference' }],
  ['askReference', "c'est quoi la référence ?", { kind: 'unsure', reason: 'question' }],
  ['askReference', "demandez à l'éditeur", { kind: 'unsure', reason: 'askElsewhere' }],
  ['askReference', '<b>', { kind: 'other' }],
  ['askConfirmed', 'oui', { kind: 'yes' }],
  ['askConfirmed', 'pas encore', { kind: 'no' }],
  ['askConfirmed', 'je ne sais pas', { kind: 'unsure', reason: 'dontKnow' }],
  ['askConfirmed', 'oui mais je ne suis pas sûre', { kind: 'unsure', reason: 'dontKnow' }],
  ['scheduled', 'bonjour', { kind: 'other' }],
  ['scheduled', 'Arrêter le suivi', { kind: 'stop' }],
  ['walkthrough', 'fait', { kind: 'done' }],
  ['walkthrough', "c'est fait", { kind: 'done' }],
  ['walkthrough', "c'est quoi Pro Santé Connect ?", { kind: 'unsure', reason: 'question' }],
  ['walkthrough', 'oui mais je ne suis pas sûre', { kind: 'unsure', reason: 'dontKnow' }],
  ['walkthrough', 'pas encore', { kind: 'other' }],
  ['offer', 'yes', { kind: 'yes' }, 'en'],
  ['askSentOn', 'not yet', { kind: 'notSentYet' }, 'en'],
  ['askSentOn', 'yesterday', { kind: 'sentOn', date: '2026-11-29' }, 'en'],
  ['askReference', 'no reference', { kind: 'noReference' }, 'en'],
  ['askReference', "I don't know", { kind: 'noReference' }, 'en'],
  ['walkthrough', 'done', { kind: 'done' }, 'en'],
  ['scheduled', 'stop suivi', { kind: 'stop' }],
];

describe('what a message says to the follow-up', () => {
  it.each(rows)('at %s, %j → %j', (phase, text, becomes, language = 'fr') => {
    expect(readFollowUpAnswer({ ...offeredFollowUp, phase }, text, today, followUpWords(language))).toEqual(becomes);
  });

  it('reads a pasted CSR only at the CSR step, where it is checked', () => {
    const at = (step: number) =>
      readFollowUpAnswer({ ...offeredFollowUp, phase: 'walkthrough', step }, csr, today, followUpWords());
    expect(at(csrStep)).toEqual({ kind: 'csr', text: csr });
    expect(at(0)).toEqual({ kind: 'other' });
  });
});
