import type { Answers } from '../../../rules/answers';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import { relevantAnswers, walk } from '../../../rules/questions/walk';
import { answerAll, keysOf } from '../helpers/answerAll';
import { adminOf } from '../helpers/people';
import { caseChoices, commonChoices, scenario } from '../helpers/scenario';

const finished = (table: Answers): Answers => answerAll(scenario(table)).answers;
const twoEditors: Answers = {
  ...caseChoices.cabinet,
  ...commonChoices,
  cabinetCount: 2,
  'cabinet[1].editorName': 'Xplore',
  'cabinet[2].editorName': 'Telemis',
};

describe('walk', () => {
  it('starts with who controls the RIS', () => {
    const { next, answered, end } = walk({});
    expect([next?.slot, answered, end]).toEqual(['risController', [], undefined]);
  });

  it('lists the answered questions in order and stops at the first unanswered one', () => {
    const { next, answered } = walk({ risController: 'liberal', sectorCode: 'SA04' });
    expect([keysOf(answered), next?.key]).toEqual([['risController', 'sectorCode'], 'structureType']);
  });

  it('is a pure function of the answers', () => {
    const answers = finished({ ...caseChoices.gie, ...commonChoices });
    expect(walk(answers)).toEqual(walk({ ...answers }));
    expect(planFromAnswers(answers, '2026-03-02')).toEqual(planFromAnswers({ ...answers }, '2026-03-02'));
  });
});

/** A correction replaces one key: the path follows the new branch and what it no longer uses is dropped. */
describe('corrections', () => {
  it.each<[string, Answers, Answers, string, string[]]>([
    [
      'a GIE corrected to an establishment',
      finished({ ...caseChoices.gie, ...commonChoices }),
      { risController: 'establishment' },
      'hospitalRisCertified',
      ['risController'],
    ],
    [
      "5 cabinets corrected to 1: the single cabinet's name is now asked",
      finished({ ...caseChoices.cabinet, ...commonChoices, cabinetCount: 5 }),
      { cabinetCount: 1 },
      'editorName',
      ['risController', 'sectorCode', 'services', 'pfiRelay', 'adminDelegation', 'cabinetCount', 'cabinet[1].rppsRang'],
    ],
    [
      'editor delegation with 2 editors corrected to the structure: one set of admins',
      finished(twoEditors),
      { adminDelegation: 'structure' },
      'admin[1].carte',
      [],
    ],
    [
      'a SEL certified elsewhere corrected to not certified',
      finished({ ...caseChoices.societe, selCertifiedElsewhere: 'yes' }),
      { selCertifiedElsewhere: 'no' },
      'sharedCertifiedRis',
      ['risController', 'sectorCode', 'selCertifiedElsewhere'],
    ],
  ])('%s', (_case, before, correction, nextKey, keptKeys) => {
    const corrected = { ...before, ...correction };
    expect(walk(corrected).next?.key).toBe(nextKey);
    if (keptKeys.length > 0) expect(Object.keys(relevantAnswers(corrected))).toEqual(keptKeys);
  });

  it('plans from the answers the path uses only', () => {
    const corrected = { ...finished(twoEditors), adminDelegation: 'structure' };
    expect(Object.keys(relevantAnswers(corrected)).filter((key) => key.includes('admin['))).toEqual([]);
    const withStale = answerAll(scenario({}), corrected).answers;
    expect(Object.keys(withStale).filter((key) => key.startsWith('editor[1].admin['))).not.toEqual([]);
    const plan = planFromAnswers(withStale, '2026-03-02');
    expect(
      plan.forms.map((form) => [
        form.fields['usage.editeur'],
        form.fields['admin1.carte'],
        form.fields['admin2.carte'],
      ]),
    ).toEqual([['Xplore / Telemis', adminOf(0, 1).carte, '']]);
  });
});
