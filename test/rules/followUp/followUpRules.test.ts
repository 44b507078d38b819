import { ansAnswerDueOn, fileReferenceSchema, isDue, renewalDueOn } from '../../../rules/followUp/followUps';
import { parseSentDate } from '../../../rules/followUp/sentDate';
import { answerDueOn } from '../../../rules/followUp/transition';
import { nextPosition, stepAt, walkthroughSteps } from '../../../rules/followUp/walkthrough';
import type { CertificateRequest } from '../../../rules/plan/schema';

describe('ANS answer due 3 working days after sending', () => {
  it.each([
    ['2026-11-27', '2026-12-02', 'a Friday: the weekend does not count'],
    ['2026-12-23', '2026-12-29', 'Christmas'],
    ['2026-04-03', '2026-04-09', 'Easter Monday 6 April'],
    ['2026-05-13', '2026-05-19', 'Ascension 14 May'],
    ['2026-05-22', '2026-05-28', 'Whit Monday 25 May'],
    ['2026-07-13', '2026-07-17', '14 July'],
  ])('sent %s → due %s (%s)', (sentOn, dueOn) => {
    expect(ansAnswerDueOn(sentOn)).toBe(dueOn);
  });
});

describe('when the bot comes back for the answer', () => {
  it.each([
    ['2026-11-27', '2026-11-30', '2026-12-02', 'sent 3 days ago: 3 working days after sending'],
    ['2026-11-20', '2026-11-30', '2026-11-30', 'sent 10 days ago: today, not a day already past'],
  ])('sent %s, said on %s → %s (%s)', (sentOn, today, dueOn) => {
    expect(answerDueOn(sentOn, today)).toBe(dueOn);
  });
});

describe('renewal follow-up', () => {
  it('comes 60 days before the 3-year expiry, while the certificate can still be renewed', () => {
    expect(renewalDueOn('2026-12-02')).toEqual({ expiresOn: '2029-12-02', remindOn: '2029-10-03' });
  });

  it('is due on its day and after, never before, and never once sent or stopped', () => {
    const followUp = { kind: 'renewal' as const, dueOn: '2029-10-03', status: 'pending' as const };
    expect(isDue(followUp, '2029-10-02')).toBe(false);
    expect(isDue(followUp, '2029-10-03')).toBe(true);
    expect(isDue({ ...followUp, status: 'sent' }, '2029-10-04')).toBe(false);
    expect(isDue({ ...followUp, status: 'stopped' }, '2029-10-04')).toBe(false);
  });
});

describe('sent date as typed', () => {
  const words = { today: ["aujourd'hui"], yesterday: ['hier'], dayBeforeYesterday: ['avant-hier'] };
  it.each([
    ["aujourd'hui", '2026-11-30'],
    ['Hier', '2026-11-29'],
    ['avant hier', '2026-11-28'],
    ['le 27/11/2026', '2026-11-27'],
    ['27/11', '2026-11-27'],
    ['27.11.26', '2026-11-27'],
    ['2026-11-02', '2026-11-02'],
    ['01/12/2026', undefined],
    ['31/02/2026', undefined],
    ['01/01/2020', undefined],
    ['bientôt', undefined],
  ])('%j → %p', (text, expected) => {
    expect(parseSentDate(text, '2026-11-30', words)).toBe(expected);
  });
});

describe('ANS file reference, loosely checked and kept as typed', () => {
  it.each([
    ['  2026-413-00042 ', '2026-413-00042'],
    ['Dossier n° 12345', 'Dossier n° 12345'],
    ['<script>', undefined],
    ['DS/4521 A', 'DS/4521 A'],
    ['ab', undefined],
  ])('%j → %p', (text, expected) => {
    const parsed = fileReferenceSchema.safeParse(text);
    expect(parsed.success ? parsed.data : undefined).toBe(expected);
  });
});

describe('walk-through positions', () => {
  const certificate = { commonName: 'INSI-AUTO' } as CertificateRequest;
  it('logs in once, then runs every step for each certificate from DEMANDER', () => {
    const visited: string[] = [];
    for (
      let position = { certificate: 0, step: 0 };
      stepAt([certificate, certificate], position);
      position = nextPosition(position)
    ) {
      visited.push(`${position.certificate}:${stepAt([certificate, certificate], position)}`);
    }
    expect(visited).toHaveLength(walkthroughSteps.length * 2 - 1);
    expect(visited.filter((step) => step.endsWith(':login'))).toEqual(['0:login']);
    expect(visited[walkthroughSteps.length]).toBe('1:demander');
  });
});
