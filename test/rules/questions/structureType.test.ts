import type { Answers } from '../../../rules/answers';
import { knownSectorCodes, sectorCategory } from '../../../rules/sectorCodes';
import { structureTypeOf } from '../../../rules/questions/flow';
import { situationFromAnswers } from '../../../rules/situationFromAnswers';
import { answerAll } from '../helpers/answerAll';
import { scenario } from '../helpers/scenario';

/** Guide §2 and shared/domain/sector-codes.md: who controls the RIS, then the sector code, then the type chosen. */
describe('the structure type, one rule for the path and the plan', () => {
  it.each<[string, Answers, ReturnType<typeof structureTypeOf>]>([
    ['an establishment controls the RIS', { risController: 'establishment' }, 'establishment'],
    ['a GIE controls the RIS', { risController: 'gie' }, 'gie'],
    ['SA07, cabinet individuel', { risController: 'liberal', sectorCode: 'SA07' }, 'cabinet'],
    ['SA08, cabinet de groupe', { risController: 'liberal', sectorCode: 'SA08' }, 'cabinet'],
    ['SA09, exercice en société', { risController: 'liberal', sectorCode: 'SA09' }, 'societe'],
    ['SA01, an establishment’s code', { risController: 'liberal', sectorCode: 'SA01' }, 'establishment'],
    ['SA04 and a GIE chosen', { risController: 'liberal', sectorCode: 'SA04', structureType: 'gie' }, 'gie'],
    ['SA04, the type not chosen yet', { risController: 'liberal', sectorCode: 'SA04' }, 'cabinet'],
    [
      'an unknown code and a société chosen',
      { risController: 'liberal', sectorCode: 'unknown', structureType: 'societe' },
      'societe',
    ],
    [
      'a type chosen that the code settled otherwise (stale)',
      { risController: 'liberal', sectorCode: 'SA09', structureType: 'gie' },
      'societe',
    ],
    ['SA05, outside the guide', { risController: 'liberal', sectorCode: 'SA05' }, 'notCovered'],
  ])('%s', (_case, answers, expected) => {
    expect(structureTypeOf(answers)).toBe(expected);
  });

  it.each(knownSectorCodes.filter((code) => sectorCategory(code) === 'cabinet' || sectorCategory(code) === 'societe'))(
    'the plan’s situation has the type the path took, for %s',
    (sectorCode) => {
      const table: Answers = {
        risController: 'liberal',
        sectorCode,
        selCertifiedElsewhere: 'no',
        sharedCertifiedRis: 'no',
        services: ['dmp'],
        pfiRelay: 'no',
        adminDelegation: 'editor',
        cabinetCount: 1,
      };
      const { answers } = answerAll(scenario(table));
      expect(situationFromAnswers(answers).situation.structureType).toBe(structureTypeOf(answers));
    },
  );

  it('an establishment path still being asked is no cabinet (the hand-off summary gives it no case)', () => {
    expect(situationFromAnswers({ risController: 'establishment' }).situation.structureType).toBe('establishment');
  });
});
