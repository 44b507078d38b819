import type { Step, TranscriptCase } from '../transcript';
import { otherRppsRang, rppsRang, thirdRppsRang } from './identifiers';
import { admin, adminFields, signatory, signatoryFields } from './people';
import { adminsSteps, confirmSteps, opening, signatorySteps } from './paths';

const nbsp = '\u00a0';

/** The second radiologist of the group, typed as people type. */
export const moreau = {
  nom: 'Moreau',
  prenoms: 'Claire',
  telephone: '06 11 22 33 44',
  email: 'c.moreau@exemple.fr',
  carte: '1098765432',
};
export const moreauFields = {
  'representant.nom': 'MOREAU',
  'representant.prenoms': 'CLAIRE',
  'representant.telephone': '0611223344',
  'representant.email': 'c.moreau@exemple.fr',
  'representant.carte': '1098765432',
};
/** The third one. */
export const leroy = {
  nom: 'Leroy',
  prenoms: 'Paul',
  telephone: '06 55 44 33 22',
  email: 'p.leroy@exemple.fr',
  carte: '1055544433',
};

/** A cabinet de groupe (SA08), DMP only, the editor administers: up to the first radiologist's number of cabinets. */
export const groupToCount: Step[] = [
  ...opening,
  ['libéral', 'sectorCode'],
  ['SA08', 'services'],
  ['DMP', 'pfiRelay'],
  ['non', 'adminDelegation'],
  [
    'éditeur',
    'cabinetCount',
    `chaque radiologue a son propre certificat et son propre formulaire 413${nbsp}: nous les prenons l'un après l'autre`,
  ],
];

/** Radiologist k's 3.2 identity, from his name (already asked) to `next`. */
export const radiologistSteps = (k: number, person: typeof moreau, next: string): Step[] => [
  [person.nom, `radiologist[${k}].representant.prenoms`],
  [person.prenoms, `radiologist[${k}].representant.telephone`],
  [person.telephone, `radiologist[${k}].representant.email`],
  [person.email, `radiologist[${k}].representant.carte`],
  [person.carte, next],
];

/** Dr Dupont in two cabinets (both RPPS-rang at once), one editor; then «another radiologist?». */
export const firstRadiologist: Step[] = [
  ...groupToCount,
  ['2', 'cabinet[1].rppsRang'],
  [`${rppsRang(1)}, ${rppsRang(2)}`, 'cabinet[1].editorName'],
  ['Xplore', 'cabinet[2].editorName'],
  ['Xplore', 'solutionName'],
  ['Xplore RIS', 'representant.nom'],
  ...signatorySteps('moreRadiologists'),
];

/** …Dr Moreau in one cabinet, named: her cabinet and identity only (the editor, solution and admins are shared). */
export const secondRadiologist: Step[] = [
  ['oui', 'radiologist[2].cabinetCount', ['Radiologue 2', 'Dans combien de cabinets']],
  ['1', 'radiologist[2].cabinet[1].rppsRang'],
  [otherRppsRang(1), 'radiologist[2].cabinet[1].denomination'],
  ['Cabinet du Parc', 'radiologist[2].representant.nom'],
  ...radiologistSteps(2, moreau, 'moreRadiologists'),
];

/** Dupont and Moreau, one admin, up to the summary. */
export const twoRadiologistsToSummary: Step[] = [
  ...firstRadiologist,
  ...secondRadiologist,
  ['non', 'admin[1].carte'],
  ...adminsSteps(1, 'confirm'),
];

const rangs = (values: string[]) => {
  const [first = '', second = '', third = '', fourth = ''] = values;
  return {
    'structure.rppsRang1': first,
    'structure.rppsRang2': second,
    'structure.rppsRang3': third,
    'structure.rppsRang4': fourth,
  };
};

/** Seed: «Un certificat doit être commandé pour chaque radiologue afin d'identifier la responsabilité de chacun». */
export const radiologistCases: TranscriptCase[] = [
  {
    name: "a group of two radiologists: each one's cabinets and identity, one form each, signed by each, the summary grouped by radiologist",
    steps: [
      ...firstRadiologist.slice(0, -1),
      [signatory.carte, 'moreRadiologists', "afin d'identifier la responsabilité de chacun"],
      ...secondRadiologist,
      ['non', 'admin[1].carte'],
      ...adminsSteps(1, 'confirm').slice(0, -1),
      [
        'non',
        'confirm',
        [
          '2 formulaires 413',
          `**Radiologue 1${nbsp}: Dr DUPONT — 1 formulaire 413 à son nom**`,
          `**Radiologue 2${nbsp}: Dr MOREAU — 1 formulaire 413 à son nom**`,
          '- Dénomination du cabinet 1 : Cabinet du Parc',
        ],
      ],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 2 },
    plan: { caseNumber: 3, orderedUnder: 'rppsRang' },
    forms: [
      {
        ...rangs([rppsRang(1), rppsRang(2)]),
        'structure.denomination': '',
        'representant.qualite': 'titulaireCabinet',
        ...signatoryFields,
        ...adminFields(1, admin(1)),
      },
      {
        ...rangs([otherRppsRang(1)]),
        'structure.denomination': 'Cabinet du Parc',
        'representant.qualite': 'titulaireCabinet',
        ...moreauFields,
        ...adminFields(1, admin(1)),
      },
    ],
  },
  {
    name: 'a group of three: the third radiologist in five cabinets (typed at once) gets two forms (4 + 1)',
    steps: [
      ...groupToCount,
      ['1', 'cabinet[1].rppsRang'],
      [rppsRang(1), 'editorName'],
      ['Xplore', 'cabinet[1].denomination'],
      ['Cabinet de la Gare', 'solutionName'],
      ['Xplore RIS', 'representant.nom'],
      ...signatorySteps('moreRadiologists'),
      ['oui', 'radiologist[2].cabinetCount'],
      ['1', 'radiologist[2].cabinet[1].rppsRang'],
      [otherRppsRang(1), 'radiologist[2].cabinet[1].denomination'],
      ['Cabinet du Parc', 'radiologist[2].representant.nom'],
      ...radiologistSteps(2, moreau, 'moreRadiologists'),
      ['oui', 'radiologist[3].cabinetCount', 'Radiologue 3'],
      ['5', 'radiologist[3].cabinet[1].rppsRang'],
      [[1, 2, 3, 4, 5].map(thirdRppsRang).join(' '), 'radiologist[3].representant.nom'],
      ...radiologistSteps(3, leroy, 'moreRadiologists'),
      ['non', 'admin[1].carte'],
      ...adminsSteps(1, 'confirm'),
      ['oui', { outcome: 'form413' }, '4 formulaires'],
    ],
    outcome: { kind: 'form413', forms: 4 },
    forms: [
      { ...rangs([rppsRang(1)]), 'structure.denomination': 'Cabinet de la Gare', 'representant.nom': 'DUPONT' },
      { ...rangs([otherRppsRang(1)]), 'structure.denomination': 'Cabinet du Parc', 'representant.nom': 'MOREAU' },
      {
        ...rangs([1, 2, 3, 4].map(thirdRppsRang)),
        'structure.denomination': '',
        'representant.nom': 'LEROY',
        'representant.carte': leroy.carte,
      },
      {
        ...rangs([thirdRppsRang(5)]),
        'structure.denomination': '',
        'representant.nom': 'LEROY',
        'representant.carte': leroy.carte,
      },
    ],
  },
  {
    name: "the first radiologist's RPPS-rang typed for the second: refused, whose it is said, the same slot again",
    steps: [
      ...firstRadiologist,
      ['oui', 'radiologist[2].cabinetCount'],
      ['1', 'radiologist[2].cabinet[1].rppsRang'],
      [
        rppsRang(3),
        'radiologist[2].cabinet[1].rppsRang',
        [
          `Le RPPS-rang ${rppsRang(3)} commence par le numéro RPPS du radiologue 1 (Dr DUPONT), déjà déclaré`,
          'monserviceclient.annuaire@esante.gouv.fr',
        ],
      ],
      [otherRppsRang(1), 'radiologist[2].cabinet[1].denomination'],
    ],
  },
  {
    name: "a cabinet individuel: another radiologist's RPPS-rang in the list is refused, the whole list asked again",
    steps: [
      ...opening,
      ['libéral', 'sectorCode'],
      ['SA07', 'services'],
      ['DMP', 'pfiRelay'],
      ['non', 'adminDelegation'],
      ['structure', 'cabinetCount'],
      ['2', 'cabinet[1].rppsRang'],
      [
        `${rppsRang(1)}, ${otherRppsRang(2)}`,
        'cabinet[1].rppsRang',
        `n'est pas celui de ce radiologue${nbsp}: tous ses RPPS-rang commencent par son numéro RPPS (10003926135`,
      ],
      [`${rppsRang(1)}, ${rppsRang(2)}`, 'cabinet[1].editorName'],
    ],
  },
  {
    name: "a radiologist's RPPS-rang that were all another's: «retour» to correct the earlier one, or «modifier les RPPS-rang» for all at once",
    steps: [
      ...opening,
      ['libéral', 'sectorCode'],
      ['SA07', 'services'],
      ['DMP', 'pfiRelay'],
      ['non', 'adminDelegation'],
      ['structure', 'cabinetCount'],
      ['2', 'cabinet[1].rppsRang'],
      [`${otherRppsRang(1)} ${otherRppsRang(2)}`, 'cabinet[1].editorName'],
      ['Xplore', 'cabinet[2].editorName'],
      ['Xplore', 'solutionName'],
      ['Xplore RIS', 'representant.nom'],
      ...signatorySteps('admin[1].carte'),
      ...adminsSteps(1, 'confirm'),
      // One at a time, the first is refused (the second is still the other radiologist's): «retour» is suggested.
      ['changer le RPPS-rang du cabinet 2', 'cabinet[2].rppsRang'],
      [rppsRang(2), 'cabinet[2].rppsRang', `écrivez «${nbsp}retour${nbsp}» pour le corriger`],
      ['retour', 'cabinet[1].rppsRang'],
      [rppsRang(1), 'cabinet[2].rppsRang'],
      [rppsRang(2), 'confirm'],
      // All of them at once from the summary.
      ['modifier les RPPS-rang', 'cabinet[1].rppsRang'],
      [`${rppsRang(3)}, ${rppsRang(4)}`, 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ ...rangs([rppsRang(3), rppsRang(4)]) }],
  },
  {
    name: '«je ne sais pas» to «another radiologist?»: nothing recorded, whom to ask, the same question',
    steps: [
      ...firstRadiologist,
      ['je ne sais pas', 'moreRadiologists', 'le secrétariat du cabinet de groupe'],
      ['non', 'admin[1].carte'],
    ],
  },
  {
    name: '«changer le téléphone du Dr Moreau» reaches the second radiologist only',
    steps: [
      ...twoRadiologistsToSummary,
      ['changer le téléphone du Dr Moreau', 'radiologist[2].representant.telephone', 'Radiologue 2 — Dr MOREAU'],
      ['07 00 00 00 01', 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 2 },
    forms: [{ ...signatoryFields }, { ...moreauFields, 'representant.telephone': '0700000001' }],
  },
  {
    name: "«modifier le Dr Moreau» asks her whole 3.2 identity again, Dr Dupont's stays",
    steps: [
      ...twoRadiologistsToSummary,
      ['modifier le Dr Moreau', 'radiologist[2].representant.nom'],
      ...radiologistSteps(2, { ...moreau, email: 'secretariat@cabinet-du-parc.fr' }, 'confirm'),
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 2 },
    forms: [{ ...signatoryFields }, { ...moreauFields, 'representant.email': 'secretariat@cabinet-du-parc.fr' }],
  },
  {
    name: '«non» to the second radiologist in the summary: her forms are gone',
    steps: [
      ...twoRadiologistsToSummary,
      ['changer autre radiologue ensuite du Dr Dupont', 'moreRadiologists'],
      ['non', 'confirm', '1 formulaire 413'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ ...signatoryFields, ...rangs([rppsRang(1), rppsRang(2)]) }],
  },
];
