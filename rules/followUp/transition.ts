import { addWorkingDays } from '../plan/workingDays';
import { ansAnswerDueOn, FollowUp, renewalDueOn } from './followUps';
import {
  FollowUpEffect,
  FollowUpInput,
  FollowUpMessage,
  FollowUpState,
  FollowUpStep,
  isActive,
  offeredFollowUp,
} from './state';
import { nextPosition, stepAt } from './walkthrough';

/** Working days before asking again when the ANS's confirmation has not come (our own delay, not the ANS's). */
const daysBeforeAskingAgain = 2;

/** When to come back for the ANS's answer: about 3 working days after sending (guide §4), today at the earliest. */
export function answerDueOn(sentOn: string, today: string): string {
  const dueOn = ansAnswerDueOn(sentOn);
  // A form sent long ago: its answer is due now, not on a day already past.
  return dueOn < today ? today : dueOn;
}

/** The ANS's answer is due: about 3 working days after sending have passed (guide §4: «environ 3 jours ouvrés»). */
const isAnswerDue = (state: FollowUpState, today: string): boolean => state.dueOn !== undefined && state.dueOn <= today;

const ask: FollowUpEffect = { kind: 'ask' };
const say = (message: FollowUpMessage): FollowUpEffect => ({ kind: 'say', message });
const schedule = (...followUps: FollowUp[]): FollowUpEffect => ({ kind: 'schedule', followUps });
const move = (state: FollowUpState, ...effects: FollowUpEffect[]): FollowUpStep => ({ state, effects });
/** The same question again, after what helps or what was wrong: nothing recorded. */
const again = (state: FollowUpState, message?: FollowUpMessage): FollowUpStep =>
  move(state, ...(message ? [say(message)] : []), ask);

/** The ANS's answer is awaited: the bot comes back on `dueOn`, with the reference given (if any). */
function awaitAnswer(
  state: FollowUpState,
  dueOn: string,
  reference: string | undefined,
  message: FollowUpMessage,
): FollowUpStep {
  const awaited: FollowUp = {
    kind: 'ansAnswer',
    dueOn,
    status: 'pending',
    ...(state.sentOn ? { sentOn: state.sentOn } : {}),
    ...(reference ? { reference } : {}),
  };
  return move({ ...state, phase: 'scheduled', dueOn, reference }, schedule(awaited), say(message));
}

function offer(state: FollowUpState, input: FollowUpInput): FollowUpStep {
  if (input.kind === 'unsure') return again(state, { kind: 'unsure', reason: input.reason, topic: 'offer' });
  if (input.kind === 'notSentYet') return again(state, { kind: 'offerNotYet' });
  if (input.kind === 'no') return move({ ...state, phase: 'stopped' }, say({ kind: 'declined' }));
  return input.kind === 'yes' ? move({ ...state, phase: 'askSentOn' }, ask) : again(state);
}

function sentOn(state: FollowUpState, input: FollowUpInput): FollowUpStep {
  if (input.kind === 'sentOn') return move({ ...state, phase: 'askReference', sentOn: input.date }, ask);
  if (input.kind === 'unsure') return again(state, { kind: 'unsure', reason: input.reason, topic: 'sentOn' });
  // Not sent yet: no question, the user says «envoyé» when it is.
  if (input.kind === 'notSentYet') return move({ ...state, phase: 'awaitingSend' }, say({ kind: 'whenSent' }));
  return again(state, { kind: 'badDate' });
}

function reference(state: FollowUpState, input: FollowUpInput, today: string): FollowUpStep {
  if (input.kind === 'unsure') return again(state, { kind: 'unsure', reason: input.reason, topic: 'reference' });
  if (input.kind !== 'reference' && input.kind !== 'noReference') return again(state, { kind: 'badReference' });
  const dueOn = answerDueOn(state.sentOn ?? today, today);
  const given = input.kind === 'reference' ? input.value : undefined;
  return awaitAnswer(state, dueOn, given, { kind: 'scheduled', dueOn });
}

function confirmed(state: FollowUpState, input: FollowUpInput, today: string): FollowUpStep {
  if (input.kind === 'unsure') return again(state, { kind: 'unsure', reason: input.reason, topic: 'ansConfirmed' });
  if (input.kind === 'yes') return move({ ...state, phase: 'walkthrough', certificate: 0, step: 0 }, ask);
  if (input.kind !== 'no') return again(state);
  const dueOn = addWorkingDays(today, daysBeforeAskingAgain);
  return awaitAnswer(state, dueOn, state.reference, {
    kind: 'notReceived',
    dueOn,
    ...(state.reference ? { reference: state.reference } : {}),
  });
}

/** The next platform step, or once every certificate is installed the renewal reminder (guide §8: 3 years). */
function nextStep(state: FollowUpState, certificates: readonly string[], today: string): FollowUpStep {
  const next = { ...state, ...nextPosition(state) };
  if (stepAt(certificates, next) !== undefined) return move(next, ask);
  const { expiresOn, remindOn } = renewalDueOn(today);
  const finished = say({ kind: 'finished', certificates: certificates.length, expiresOn, remindOn });
  return move({ ...next, phase: 'done' }, schedule({ kind: 'renewal', dueOn: remindOn, status: 'pending' }), finished);
}

function walkthrough(
  state: FollowUpState,
  input: FollowUpInput,
  today: string,
  certificates: readonly string[],
): FollowUpStep {
  const commonName = certificates[state.certificate];
  if (input.kind === 'csr' && commonName !== undefined && stepAt(certificates, state) === 'csr') {
    return move(state, { kind: 'checkCsr', text: input.text, commonName });
  }
  if (input.kind === 'csrChecked') return input.accepted ? nextStep(state, certificates, today) : again(state);
  if (input.kind === 'unsure') return again(state, { kind: 'unsure', reason: input.reason, topic: 'step' });
  return input.kind === 'done' ? nextStep(state, certificates, today) : again(state);
}

/** The plan's certificates by «Service applicatif» name, in walk-through order: read only during the walk-through (a plan takes about 1 ms to build). */
export type CertificateNames = () => readonly string[];

/**
 * The follow-up, from "form sent" to "certificate installed", as a pure machine: the next state and what the
 * dialog must do. A new offer starts again; a finished or stopped follow-up answers nothing else.
 */
export function transition(
  state: FollowUpState,
  input: FollowUpInput,
  today: string,
  certificates: CertificateNames,
): FollowUpStep {
  if (input.kind === 'offer') return move(offeredFollowUp, ask);
  if (!isActive(state)) return move(state);
  if (input.kind === 'stop') return move({ ...state, phase: 'stopped' }, schedule(), say({ kind: 'stopped' }));
  if (input.kind === 'answerDue') return move({ ...state, phase: 'askConfirmed' }, ask);
  switch (state.phase) {
    case 'offer':
      return offer(state, input);
    case 'askSentOn':
    case 'awaitingSend':
      return sentOn(state, input);
    case 'askReference':
      return reference(state, input, today);
    case 'scheduled':
      // A channel without proactive messages: any message once the answer is due asks whether it came.
      return isAnswerDue(state, today)
        ? move({ ...state, phase: 'askConfirmed' }, ask)
        : move(state, say({ kind: 'notYetDue', dueOn: state.dueOn ?? today }));
    case 'askConfirmed':
      return confirmed(state, input, today);
    default:
      return walkthrough(state, input, today, certificates());
  }
}
