import type { FollowUp } from '../../../rules/followUp/followUps';
import {
  FollowUpEffect,
  FollowUpInput,
  followUpPhases,
  FollowUpState,
  isActive,
  offeredFollowUp,
} from '../../../rules/followUp/state';
import { transition } from '../../../rules/followUp/transition';
import { walkthroughSteps } from '../../../rules/followUp/walkthrough';
import { explore, keyOf, MachineGraph, nodesReaching } from '../helpers/exploreMachine';

/** The days the machine is run on: the day of sending, the day the answer is due, a week later. */
const days = ['2026-11-27', '2026-12-02', '2026-12-09'];

/** Every input the dialog can feed, with the values the user could have given. */
const inputs = (today: string): FollowUpInput[] => [
  { kind: 'offer' },
  { kind: 'answerDue' },
  { kind: 'stop' },
  { kind: 'yes' },
  { kind: 'no' },
  { kind: 'unsure', reason: 'dontKnow' },
  { kind: 'unsure', reason: 'askElsewhere' },
  { kind: 'unsure', reason: 'question' },
  { kind: 'notSentYet' },
  { kind: 'sentOn', date: today },
  { kind: 'sentOn', date: '2026-11-20' },
  { kind: 'reference', value: 'DS-2026-413' },
  { kind: 'noReference' },
  { kind: 'done' },
  { kind: 'csr', text: '-----BEGIN CERTIFICATE REQUEST-----' },
  { kind: 'csrChecked', accepted: true },
  { kind: 'csrChecked', accepted: false },
  { kind: 'other' },
];

interface Label {
  input: FollowUpInput;
  today: string;
  effects: FollowUpEffect[];
}

function graphFor(certificates: readonly string[]): MachineGraph<FollowUpState, Label> {
  return explore([offeredFollowUp], (state) =>
    days.flatMap((today) =>
      inputs(today).map((input) => {
        const step = transition(state, input, today, () => certificates);
        return { label: { input, today, effects: step.effects }, to: step.state };
      }),
    ),
  );
}

const says = (effects: readonly FollowUpEffect[]): boolean => effects.some((effect) => effect.kind !== 'schedule');
const scheduled = (effects: readonly FollowUpEffect[]): FollowUp[] =>
  effects.flatMap((effect) => (effect.kind === 'schedule' ? effect.followUps : []));
const inWalkthrough = (state: FollowUpState): string =>
  `${state.certificate}:${walkthroughSteps[state.step] ?? state.step}`;

describe.each([
  ['one certificate', ['INSI-AUTO']],
  ['three certificates', ['DMP-AUTH', 'DMP-SIGN', 'INSI-MANU']],
])('every path of the follow-up, %s', (_name, certificates) => {
  const graph = graphFor(certificates);
  const states = [...graph.nodes.values()];

  it('reaches every phase, and every platform step of every certificate (the login once)', () => {
    expect(new Set(states.map((state) => state.phase))).toEqual(new Set(followUpPhases));
    const steps = new Set(states.filter((state) => state.phase === 'walkthrough').map(inWalkthrough));
    const expected = certificates.flatMap((_certificate, index) =>
      walkthroughSteps.filter((step) => index === 0 || step !== 'login').map((step) => `${index}:${step}`),
    );
    expect(steps).toEqual(new Set(expected));
  });

  it('ends from every state it reaches: installed (the renewal scheduled) or stopped', () => {
    const ending = nodesReaching(graph, (state) => !isActive(state));
    expect(states.filter((state) => !ending.has(keyOf(state)))).toEqual([]);
    const finished = graph.moves.filter((move) => isActive(move.from) && move.to.phase === 'done');
    expect(finished.length).toBeGreaterThan(0);
    for (const { label } of finished)
      expect(scheduled(label.effects).map((followUp) => followUp.kind)).toEqual(['renewal']);
  });

  it('loops only on purpose: a move that stays tells the user why; an ended follow-up answers nothing but a new offer', () => {
    const silent = graph.moves.filter(
      ({ from, to, label }) => isActive(from) && keyOf(from) === keyOf(to) && !says(label.effects),
    );
    expect(silent).toEqual([]);
    const afterEnd = graph.moves.filter(({ from, label }) => !isActive(from) && label.input.kind !== 'offer');
    expect(afterEnd.filter(({ from, to, label }) => keyOf(from) !== keyOf(to) || label.effects.length > 0)).toEqual([]);
  });

  it('records only what the user gave: the date he said, the reference he typed', () => {
    for (const { from, to, label } of graph.moves) {
      if (label.input.kind === 'offer') continue;
      if (to.sentOn !== from.sentOn) expect(label.input).toEqual({ kind: 'sentOn', date: to.sentOn });
      if (to.reference !== from.reference) expect(label.input).toEqual({ kind: 'reference', value: to.reference });
    }
  });

  it('never takes «je ne sais pas», a question back or an unclear answer for a choice', () => {
    const unclear = graph.moves.filter(({ label }) => label.input.kind === 'unsure' || label.input.kind === 'other');
    // Only the waiting phase moves on, at the user's next visit once the answer is due.
    const moved = unclear.filter(
      ({ from, to }) => keyOf(from) !== keyOf(to) && !(from.phase === 'scheduled' && to.phase === 'askConfirmed'),
    );
    expect(moved).toEqual([]);
  });

  it('schedules what the user said, never in the past, and asks for a CSR check only at the CSR step', () => {
    for (const { from, to, label } of graph.moves) {
      for (const followUp of scheduled(label.effects)) {
        expect(followUp.dueOn >= label.today).toBe(true);
        if (followUp.kind === 'ansAnswer')
          expect([followUp.sentOn, followUp.reference]).toEqual([to.sentOn, to.reference]);
      }
      if (label.effects.some((effect) => effect.kind === 'checkCsr')) {
        expect([from.phase, walkthroughSteps[from.step], label.effects.length]).toEqual(['walkthrough', 'csr', 1]);
        expect(label.effects[0]).toEqual({
          kind: 'checkCsr',
          text: '-----BEGIN CERTIFICATE REQUEST-----',
          commonName: certificates[from.certificate],
        });
      }
    }
  });
});
