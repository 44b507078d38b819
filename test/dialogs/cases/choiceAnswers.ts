import type { Expected, Step } from '../transcript';
import { opening } from './paths';

const sa04: Step[] = [...opening, ['libéral', 'sectorCode'], ['SA04', 'structureType']];
const hospital: Step[] = [...opening, ['hôpital', 'hospitalRisCertified']];

/** A choice question reached by `path`; choosing `id` leads to `next`; `natural` is how a person says it. */
export interface ChoiceAnswer {
  path: Step[];
  id: string;
  natural: string;
  next: Expected;
}

/** Each choice of three questions, whose next step tells which choice was understood. */
export const choiceAnswers: ChoiceAnswer[] = [
  { path: opening, id: 'establishment', natural: 'une clinique', next: 'hospitalRisCertified' },
  { path: opening, id: 'liberal', natural: 'moi, radiologue', next: 'sectorCode' },
  { path: opening, id: 'gie', natural: 'un groupement', next: 'sharedCertifiedRis' },
  { path: sa04, id: 'establishment', natural: 'hôpital', next: 'hospitalRisCertified' },
  { path: sa04, id: 'gie', natural: "groupement d'intérêt économique", next: 'sharedCertifiedRis' },
  { path: sa04, id: 'societe', natural: 'une SELAS', next: 'selCertifiedElsewhere' },
  { path: sa04, id: 'cabinet', natural: 'cabinet individuel', next: 'services' },
  { path: hospital, id: 'yes', natural: 'ouais', next: { outcome: 'notRequired' } },
  { path: hospital, id: 'no', natural: 'non merci', next: { outcome: 'establishment' } },
];
