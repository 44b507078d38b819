import type { Answers } from '../../rules/answers';
import { answerAll } from '../rules/helpers/answerAll';
import { validRppsRang } from '../rules/helpers/identifiers';
import { scenario } from '../rules/helpers/scenario';

/** Nine cabinets, DMP + INSi: three Form 413 PDFs, eighteen certificates, a guide of several pages. */
export const nineCabinets = (): Answers => {
  const table: Record<string, string | number | string[]> = {
    risController: 'liberal',
    sectorCode: 'SA08',
    services: ['dmp', 'insi'],
    pfiRelay: 'no',
    insiMode: 'auto',
    adminDelegation: 'structure',
    cabinetCount: 9,
    solutionName: 'RIS Xplore',
    'moreAdmins[1]': 'no',
  };
  for (let index = 1; index <= 9; index += 1) {
    table[`cabinet[${index}].rppsRang`] = validRppsRang(index);
    table[`cabinet[${index}].editorName`] = 'Xplore Santé';
  }
  return answerAll(scenario(table)).answers;
};
