import type { Step, TranscriptCase } from '../transcript';
import { opening } from './paths';

const liberal: Step[] = [...opening, ['libéral', 'sectorCode']];
const sa04: Step[] = [...liberal, ['SA04', 'structureType']];
const gieServices: Step[] = [...opening, ['GIE', 'sharedCertifiedRis'], ['non', 'services']];

/** Natural French answers to choice questions, as people type them. */
export const freeTextCases: TranscriptCase[] = [
  { name: "«c'est un GIE» → GIE", steps: [...opening, ["c'est un GIE", 'sharedCertifiedRis']] },
  { name: '«on est une SELARL» → the liberal radiologist', steps: [...opening, ['on est une SELARL', 'sectorCode']] },
  { name: "«c'est l'hôpital» → the establishment", steps: [...opening, ["c'est l'hôpital", 'hospitalRisCertified']] },
  {
    name: "«on est une SELARL» after SA04 → société d'exercice",
    steps: [...sa04, ['on est une SELARL', 'selCertifiedElsewhere']],
  },
  { name: "«c'est un GIE» after SA04 → GIE", steps: [...sa04, ["c'est un GIE", 'sharedCertifiedRis']] },
  { name: '«cabinet de groupe» after SA04 → cabinet', steps: [...sa04, ['cabinet de groupe', 'services']] },
  { name: '«sa07» in lower case → cabinet', steps: [...liberal, ['sa07', 'services']] },
  { name: '«SA 08» with a space → cabinet', steps: [...liberal, ['SA 08', 'services']] },
  { name: "«9» alone → SA09, société d'exercice", steps: [...liberal, ['9', 'selCertifiedElsewhere']] },
  { name: '«je ne sais pas» → the structure type is asked', steps: [...liberal, ['je ne sais pas', 'structureType']] },
  {
    name: '«oui» → yes',
    steps: [...opening, ['hôpital', 'hospitalRisCertified'], ['oui', { outcome: 'notRequired' }]],
  },
  {
    name: '«non» → no',
    steps: [...opening, ['hôpital', 'hospitalRisCertified'], ['non', { outcome: 'establishment' }]],
  },
  {
    name: '«tout à fait» → yes',
    steps: [...opening, ['hôpital', 'hospitalRisCertified'], ['tout à fait', { outcome: 'notRequired' }]],
  },
  { name: '«pas du tout» → no', steps: [...opening, ['GIE', 'sharedCertifiedRis'], ['pas du tout', 'services']] },
  {
    name: '«la messagerie sécurisée» → MSSanté only (no PFI question)',
    steps: [...gieServices, ['la messagerie sécurisée', 'adminDelegation']],
  },
  {
    name: '«DMP et INSi» → both, PFI then INSi asked',
    steps: [...gieServices, ['DMP et INSi', 'pfiRelay'], ['non', 'insiMode']],
  },
  {
    name: '«les deux» for the INSi calls → both',
    steps: [...gieServices, ['INSi', 'insiMode'], ['les deux', 'adminDelegation']],
  },
  {
    name: '«à la main» for the INSi calls → manual',
    steps: [...gieServices, ['INSi', 'insiMode'], ['à la main', 'adminDelegation']],
  },
  {
    name: '«notre éditeur» → editor delegation',
    steps: [...gieServices, ['MSSanté', 'adminDelegation'], ['notre éditeur', 'denomination']],
  },
  {
    name: '«trois cabinets» → 3',
    steps: [
      ...liberal,
      ['SA08', 'services'],
      ['MSSanté', 'adminDelegation'],
      ['un salarié', 'cabinetCount'],
      ['trois cabinets', 'cabinet[1].rppsRang', 'cabinet 1'],
    ],
  },
];
