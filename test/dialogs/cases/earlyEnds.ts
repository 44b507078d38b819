import type { Step, TranscriptCase } from '../transcript';
import { opening } from './paths';

const sel: Step[] = [...opening, ['libéral', 'sectorCode'], ['SA09', 'selCertifiedElsewhere']];
const gie: Step[] = [...opening, ['GIE', 'sharedCertifiedRis']];

/** Guide §2: every path that ends without a Form 413, and the outcome it carries. */
export const earlyEndCases: TranscriptCase[] = [
  {
    name: 'establishment as data controller → the establishment orders',
    steps: [
      ...opening,
      ["L'établissement de santé", 'hospitalRisCertified'],
      ['non', { outcome: 'establishment' }, 'service informatique'],
    ],
    outcome: { kind: 'establishment', forms: 0, reason: 'establishmentOrders' },
  },
  {
    name: 'sector code SA01 (an establishment) → the establishment orders',
    steps: [
      ...opening,
      ['libéral', 'sectorCode'],
      ['SA01', 'hospitalRisCertified'],
      ['non', { outcome: 'establishment' }],
    ],
    outcome: { kind: 'establishment', forms: 0, reason: 'establishmentOrders' },
  },
  {
    name: "the establishment's RIS already has a certificate → not required",
    steps: [...opening, ['hôpital', 'hospitalRisCertified'], ['oui', { outcome: 'notRequired' }, 'Aucun certificat']],
    outcome: { kind: 'notRequired', forms: 0, reason: 'hospitalRisCertified' },
  },
  {
    name: 'GIE sharing a certified RIS at the same address → not required',
    steps: [...gie, ['oui', { outcome: 'notRequired' }, 'Aucun nouveau certificat']],
    outcome: { kind: 'notRequired', forms: 0, reason: 'sharedCertifiedRis' },
  },
  {
    name: 'SEL sharing a certified RIS at the same address → not required',
    steps: [...sel, ['non', 'sharedCertifiedRis'], ['oui', { outcome: 'notRequired' }]],
    outcome: { kind: 'notRequired', forms: 0, reason: 'sharedCertifiedRis' },
  },
  {
    name: 'SEL already certified on another SIRET with one RIS → not required',
    steps: [...sel, ['oui', { outcome: 'notRequired' }, 'autre de ses SIRET']],
    outcome: { kind: 'notRequired', forms: 0, reason: 'selCertifiedElsewhere' },
  },
  {
    name: 'DMP only, sent through a third-party PFI → not required',
    steps: [...gie, ['non', 'services'], ['DMP', 'pfiRelay'], ['oui', { outcome: 'notRequired' }, 'PFI']],
    outcome: { kind: 'notRequired', forms: 0, reason: 'pfiRelay' },
  },
  {
    name: 'sector code far from radiology (SA33) → not covered',
    steps: [...opening, ['libéral', 'sectorCode'], ['SA33', { outcome: 'notCovered' }, "n'entre pas dans le guide"]],
    outcome: { kind: 'notCovered', forms: 0, reason: 'sectorNotCovered' },
  },
  {
    name: 'SA04 → the structure type is asked; an establishment → the establishment orders',
    steps: [
      ...opening,
      ['libéral', 'sectorCode'],
      ['SA04', 'structureType'],
      ['Établissement de santé', 'hospitalRisCertified'],
      ['non', { outcome: 'establishment' }],
    ],
    outcome: { kind: 'establishment', forms: 0, reason: 'establishmentOrders' },
  },
  {
    name: '«je ne sais pas» for the sector code → the structure type is asked',
    steps: [...opening, ['libéral', 'sectorCode'], ['Je ne sais pas', 'structureType'], ['cabinet', 'services']],
  },
];

/** Paths that look like an early end but go on: the PFI carries the DMP feed, not INSi. */
export const notEndingCases: TranscriptCase[] = [
  {
    name: 'DMP and INSi through a PFI → INSi still needs its certificate',
    steps: [...gie, ['non', 'services'], ['DMP et INSi', 'pfiRelay'], ['oui', 'insiMode']],
  },
  {
    name: 'SEL not certified elsewhere → the shared-RIS question',
    steps: [...sel, ['non', 'sharedCertifiedRis']],
  },
];

/** The shared-RIS question names the structure it is about (questions.sharedCertifiedRis.prompt_gie / _societe). */
export const sharedRisWordingCases: TranscriptCase[] = [
  {
    name: 'a GIE is asked about «plusieurs GIE»',
    steps: [...opening, ['GIE', 'sharedCertifiedRis', 'plusieurs GIE à la même adresse']],
  },
  {
    name: "a SEL is asked about «plusieurs sociétés d'exercice»",
    steps: [...sel, ['non', 'sharedCertifiedRis', "plusieurs sociétés d'exercice (SEL) à la même adresse"]],
  },
];
