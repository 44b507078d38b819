import type { Answers } from '../../rules/answers';
import { planFromAnswers } from '../../rules/planFromAnswers';
import { answerAll, keysOf } from './helpers/answerAll';
import { scenario } from './helpers/scenario';

const today = '2026-03-02';
const liberal = (sectorCode: string): Answers => ({ risController: 'liberal', sectorCode });
const rest: Answers = { services: ['dmp'], pfiRelay: 'no', adminDelegation: 'editor' };

/** Guide §2: who orders, and every «certificate not required» case, with the outcome each path ends on. */
describe('outcome of the guided path (guide §2)', () => {
  it.each<[string, string, string, Answers]>([
    [
      'establishment as RIS controller, hospital RIS certified',
      'notRequired',
      'hospitalRisCertified',
      { risController: 'establishment', hospitalRisCertified: 'yes' },
    ],
    [
      'establishment as RIS controller, hospital RIS not certified',
      'establishment',
      'establishmentOrders',
      { risController: 'establishment', hospitalRisCertified: 'no' },
    ],
    [
      'establishment sector code SA01, certified',
      'notRequired',
      'hospitalRisCertified',
      { ...liberal('SA01'), hospitalRisCertified: 'yes' },
    ],
    [
      'establishment sector code SA03, not certified',
      'establishment',
      'establishmentOrders',
      { ...liberal('SA03'), hospitalRisCertified: 'no' },
    ],
    [
      'establishment sector code SA53, not certified',
      'establishment',
      'establishmentOrders',
      { ...liberal('SA53'), hospitalRisCertified: 'no' },
    ],
    [
      'SA04 said to be an establishment',
      'establishment',
      'establishmentOrders',
      { ...liberal('SA04'), structureType: 'establishment', hospitalRisCertified: 'no' },
    ],
    [
      'SA04 said to be an establishment, certified',
      'notRequired',
      'hospitalRisCertified',
      { ...liberal('SA04'), structureType: 'establishment', hospitalRisCertified: 'yes' },
    ],
    [
      'unknown sector code, an establishment',
      'establishment',
      'establishmentOrders',
      { ...liberal('unknown'), structureType: 'establishment', hospitalRisCertified: 'no' },
    ],
    [
      'GIE sharing a certified RIS',
      'notRequired',
      'sharedCertifiedRis',
      { risController: 'gie', sharedCertifiedRis: 'yes' },
    ],
    [
      'SA04 said to be a GIE sharing a certified RIS',
      'notRequired',
      'sharedCertifiedRis',
      { ...liberal('SA04'), structureType: 'gie', sharedCertifiedRis: 'yes' },
    ],
    ['GIE ordering', 'form413', 'form413Needed', { risController: 'gie', sharedCertifiedRis: 'no', ...rest }],
    [
      'SEL certified on another SIRET',
      'notRequired',
      'selCertifiedElsewhere',
      { ...liberal('SA09'), selCertifiedElsewhere: 'yes' },
    ],
    [
      'SEL sharing a certified RIS',
      'notRequired',
      'sharedCertifiedRis',
      { ...liberal('SA09'), selCertifiedElsewhere: 'no', sharedCertifiedRis: 'yes' },
    ],
    [
      'SEL ordering',
      'form413',
      'form413Needed',
      { ...liberal('SA09'), selCertifiedElsewhere: 'no', sharedCertifiedRis: 'no', ...rest },
    ],
    [
      'SA43 said to be a SEL, certified elsewhere',
      'notRequired',
      'selCertifiedElsewhere',
      { ...liberal('SA43'), structureType: 'societe', selCertifiedElsewhere: 'yes' },
    ],
    ['cabinet SA07 ordering', 'form413', 'form413Needed', { ...liberal('SA07'), ...rest, cabinetCount: 1 }],
    ['cabinet SA08 ordering', 'form413', 'form413Needed', { ...liberal('SA08'), ...rest, cabinetCount: 1 }],
    [
      'SA51 said to be a cabinet',
      'form413',
      'form413Needed',
      { ...liberal('SA51'), structureType: 'cabinet', ...rest, cabinetCount: 1 },
    ],
    [
      'cabinet with a PFI relay and DMP only',
      'notRequired',
      'pfiRelay',
      { ...liberal('SA07'), services: ['dmp'], pfiRelay: 'yes' },
    ],
    [
      'GIE with a PFI relay and DMP only',
      'notRequired',
      'pfiRelay',
      { risController: 'gie', sharedCertifiedRis: 'no', services: ['dmp'], pfiRelay: 'yes' },
    ],
    [
      'SEL with a PFI relay and DMP only',
      'notRequired',
      'pfiRelay',
      { ...liberal('SA09'), selCertifiedElsewhere: 'no', sharedCertifiedRis: 'no', services: ['dmp'], pfiRelay: 'yes' },
    ],
    [
      'cabinet with a PFI relay, DMP and INSi',
      'form413',
      'form413Needed',
      { ...liberal('SA07'), ...rest, services: ['dmp', 'insi'], pfiRelay: 'yes', insiMode: 'auto', cabinetCount: 1 },
    ],
    ['a pharmacy (SA33)', 'notCovered', 'sectorNotCovered', liberal('SA33')],
    ['a transport company (SA10)', 'notCovered', 'sectorNotCovered', liberal('SA10')],
    ['a centre de santé (SA05)', 'notCovered', 'sectorNotCovered', liberal('SA05')],
  ])('%s → %s (%s)', (_case, kind, reason, table) => {
    const { answers, end } = answerAll(scenario(table));
    expect(end).toEqual(kind === 'form413' ? { kind } : { kind, reason });
    const plan = planFromAnswers(answers, today);
    expect(plan.outcome).toEqual({ kind, reason, forms: kind === 'form413' ? plan.forms.length : 0 });
    if (kind !== 'form413') expect([plan.forms, plan.certificates, plan.structures]).toEqual([[], [], []]);
  });

  it('with a PFI relay, DMP and INSi, certifies INSi only', () => {
    const table = {
      ...liberal('SA07'),
      ...rest,
      services: ['dmp', 'insi'],
      pfiRelay: 'yes',
      insiMode: 'auto',
      cabinetCount: 1,
    };
    const plan = planFromAnswers(answerAll(scenario(table)).answers, today);
    expect(plan.forms.map((form) => form.usageServices)).toEqual([['insi']]);
    expect(plan.certificates.map((certificate) => [certificate.commonName, certificate.services])).toEqual([
      ['INSI-AUTO', ['insi']],
    ]);
  });

  it.each<[string, string, Answers]>([
    ['a cabinet', 'cabinet', { ...liberal('SA07'), ...rest, cabinetCount: 1 }],
    ['a SEL', 'societe', { ...liberal('SA09'), selCertifiedElsewhere: 'no', sharedCertifiedRis: 'no', ...rest }],
    ['a GIE', 'gie', { risController: 'gie', sharedCertifiedRis: 'no', ...rest }],
    ['SA04 said to be a GIE', 'gie', { ...liberal('SA04'), structureType: 'gie', sharedCertifiedRis: 'no', ...rest }],
    [
      'SA04 said to be a SEL',
      'societe',
      { ...liberal('SA04'), structureType: 'societe', selCertifiedElsewhere: 'no', sharedCertifiedRis: 'no', ...rest },
    ],
    [
      'SA04 said to be a cabinet',
      'cabinet',
      { ...liberal('SA04'), structureType: 'cabinet', ...rest, cabinetCount: 1 },
    ],
    [
      'an unknown code, a cabinet',
      'cabinet',
      { ...liberal('unknown'), structureType: 'cabinet', ...rest, cabinetCount: 1 },
    ],
    ['an establishment', 'establishment', { risController: 'establishment', hospitalRisCertified: 'no' }],
  ])('plans %s as structure type %s', (_case, structureType, table) => {
    expect(planFromAnswers(answerAll(scenario(table)).answers, today).structureType).toBe(structureType);
  });
});

const exemptionKeys = [
  'hospitalRisCertified',
  'sharedCertifiedRis',
  'selCertifiedElsewhere',
  'structureType',
  'sectorCode',
];

/** Each question of §2 is asked where it can change the outcome, and only there. */
describe('questions asked on the way', () => {
  it.each<[string, string[], Answers]>([
    ['a cabinet (SA07)', ['sectorCode'], { ...liberal('SA07'), ...rest, cabinetCount: 1 }],
    [
      'a SEL (SA09)',
      ['sectorCode', 'selCertifiedElsewhere', 'sharedCertifiedRis'],
      { ...liberal('SA09'), selCertifiedElsewhere: 'no', sharedCertifiedRis: 'no', ...rest },
    ],
    ['a GIE', ['sharedCertifiedRis'], { risController: 'gie', sharedCertifiedRis: 'no', ...rest }],
    ['an establishment', ['hospitalRisCertified'], { risController: 'establishment', hospitalRisCertified: 'no' }],
    [
      'an establishment code',
      ['sectorCode', 'hospitalRisCertified'],
      { ...liberal('SA01'), hospitalRisCertified: 'no' },
    ],
    [
      'SA04, a GIE',
      ['sectorCode', 'structureType', 'sharedCertifiedRis'],
      { ...liberal('SA04'), structureType: 'gie', sharedCertifiedRis: 'no', ...rest },
    ],
    [
      'SA04, a cabinet',
      ['sectorCode', 'structureType'],
      { ...liberal('SA04'), structureType: 'cabinet', ...rest, cabinetCount: 1 },
    ],
    [
      'SA43, a SEL',
      ['sectorCode', 'structureType', 'selCertifiedElsewhere', 'sharedCertifiedRis'],
      { ...liberal('SA43'), structureType: 'societe', selCertifiedElsewhere: 'no', sharedCertifiedRis: 'no', ...rest },
    ],
    ['a code outside the guide', ['sectorCode'], liberal('SA33')],
  ])('%s is asked exactly %j among the situation questions', (_case, expected, table) => {
    const asked = keysOf(answerAll(scenario(table)).path).filter((key) => exemptionKeys.includes(key));
    expect(asked).toEqual(expected);
  });

  it.each<[string, boolean, boolean, string[]]>([
    ['DMP', true, false, ['dmp']],
    ['INSi', false, true, ['insi']],
    ['MSSanté and PSC', false, false, ['mssante', 'psc']],
    ['DMP and INSi', true, true, ['dmp', 'insi']],
  ])('services %s: pfiRelay asked %s, insiMode asked %s', (_case, pfiAsked, insiAsked, services) => {
    const table = { ...liberal('SA07'), ...rest, services, insiMode: 'manu', cabinetCount: 1 };
    const keys = keysOf(answerAll(scenario(table)).path);
    expect([keys.includes('pfiRelay'), keys.includes('insiMode')]).toEqual([pfiAsked, insiAsked]);
  });

  it.each([['SA04'], ['SA43'], ['SA51'], ['unknown']])(
    'sector code %s asks the structure type right after it',
    (code) => {
      const keys = keysOf(
        answerAll(scenario({ ...liberal(code), structureType: 'establishment', hospitalRisCertified: 'no' })).path,
      );
      expect(keys).toEqual(['risController', 'sectorCode', 'structureType', 'hospitalRisCertified']);
    },
  );
});
