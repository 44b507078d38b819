import type { Step, TranscriptCase } from '../transcript';
import { finess, otherRppsRang } from './identifiers';
import { admin, adminFields, signatory, signatoryFields } from './people';
import { adminSteps, confirmSteps, gieToFiness, signatorySteps } from './paths';
import { firstRadiologist, moreau } from './radiologists';

const nbsp = '\u00a0';
const person = admin(1);

/** A GIE up to its first admin's card. */
const gieToAdmin: Step[] = [
  ...gieToFiness,
  [finess(1), 'editorName'],
  ['Xplore', 'solutionName'],
  ['Xplore RIS', 'representant.nom'],
  ...signatorySteps('admin[1].carte'),
];

/** Form 413 rows 3.2 and 4.1: «N° de carte» and the names «figurant sur la carte» are one person's. */
export const cardCases: TranscriptCase[] = [
  {
    name: "the signatory's card given for an admin with another name: the name is kept, the card asked again with the reason",
    steps: [
      ...gieToAdmin,
      [signatory.carte, 'admin[1].nom'],
      [
        person.nom,
        'admin[1].carte',
        [
          `Le numéro de carte ${signatory.carte} donné pour cette personne est celui de DUPONT, signataire du formulaire`,
          'Je garde le nom',
        ],
      ],
      [person.carte, 'admin[1].prenom'],
      // Admin 1's first name, phone and e-mail (his card and name are given).
      ...adminSteps(1, 'moreAdmins').slice(2),
      ['non', 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ ...signatoryFields, ...adminFields(1, person) }],
  },
  {
    name: 'the signatory as technical admin too (the same card, the same name): accepted',
    steps: [
      ...gieToAdmin,
      [signatory.carte, 'admin[1].nom'],
      [signatory.nom, 'admin[1].prenom'],
      [signatory.prenoms, 'admin[1].telephone'],
      [signatory.telephone, 'admin[1].email'],
      [signatory.email, 'moreAdmins'],
      ['non', 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [
      { ...signatoryFields, 'admin1.carte': signatory.carte, 'admin1.nom': 'DUPONT', 'admin1.prenom': 'ANTOINE' },
    ],
  },
  {
    name: "admin 1's card given again for admin 2, another person: asked again",
    steps: [
      ...gieToAdmin,
      ...adminSteps(1, 'moreAdmins'),
      ['oui', 'admin[2].carte'],
      [person.carte, 'admin[2].nom'],
      ['Bernard', 'admin[2].carte', `celui de MARTIN, administrateur technique 1`],
    ],
  },
  {
    name: "the first radiologist's card typed for the second radiologist: refused, the same slot again",
    steps: [
      ...firstRadiologist,
      ['oui', 'radiologist[2].cabinetCount'],
      ['1', 'radiologist[2].cabinet[1].rppsRang'],
      [otherRppsRang(1), 'radiologist[2].cabinet[1].denomination'],
      ['Cabinet du Parc', 'radiologist[2].representant.nom'],
      [moreau.nom, 'radiologist[2].representant.prenoms'],
      [moreau.prenoms, 'radiologist[2].representant.telephone'],
      [moreau.telephone, 'radiologist[2].representant.email'],
      [moreau.email, 'radiologist[2].representant.carte'],
      [
        signatory.carte,
        'radiologist[2].representant.carte',
        `Le numéro de carte ${signatory.carte} a déjà été donné pour DUPONT, radiologue 1, sous un autre nom${nbsp}: une carte n'appartient qu'à une seule personne`,
      ],
      [moreau.carte, 'moreRadiologists'],
    ],
  },
];
