import type { TranscriptCase } from '../transcript';
import { finess, rppsRang, siret } from './identifiers';
import { admin, adminFields, signatoryFields } from './people';
import {
  adminsSteps,
  cabinetToCount,
  confirmSteps,
  gieFromFiness,
  gieToFiness,
  selDenomination,
  selFromSiret,
  selToSiret,
  signatorySteps,
} from './paths';

const newcomer = {
  carte: '2999999999',
  nom: 'Bernard',
  prenom: 'Sophie',
  telephone: '07 88 77 66 55',
  email: 'certificats@editeur.fr',
};

/** From the summary (`confirm`): name what to change, answer it again, see the summary again. */
export const correctionCases: TranscriptCase[] = [
  {
    name: '«changer le SIRET»: only the SIRET is asked again, the rest is kept',
    steps: [
      ...selToSiret,
      ...selFromSiret(siret(1)),
      ['changer le SIRET', 'siret'],
      [siret(2), 'confirm', siret(2)],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [
      {
        'structure.siret': siret(2),
        'structure.denomination': selDenomination,
        'representant.qualite': 'titulaireCabinet',
        ...signatoryFields,
        ...adminFields(1, admin(1)),
      },
    ],
  },
  {
    name: "«modifier l'administrateur 2»: the whole row is asked again, admin 1 is kept",
    steps: [
      ...gieToFiness,
      ...gieFromFiness(finess(1), 2),
      ["modifier l'administrateur 2", 'admin[2].carte'],
      [newcomer.carte, 'admin[2].nom'],
      [newcomer.nom, 'admin[2].prenom'],
      [newcomer.prenom, 'admin[2].telephone'],
      [newcomer.telephone, 'admin[2].email'],
      [newcomer.email, 'confirm', 'BERNARD'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [
      { 'structure.finess': finess(1), ...adminFields(1, admin(1)), ...adminFields(2, newcomer), 'admin3.nom': '' },
    ],
  },
  {
    name: '«changer le téléphone» is ambiguous: the candidates are offered, one is clicked by its label',
    steps: [
      ...gieToFiness,
      ...gieFromFiness(finess(1), 2),
      ['changer le téléphone', 'confirm', 'Plusieurs réponses correspondent'],
      ["Téléphone de l'administrateur 1", 'admin[1].telephone'],
      ['07 11 22 33 44', 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [
      { ...signatoryFields, ...adminFields(1, { ...admin(1), telephone: '0711223344' }), ...adminFields(2, admin(2)) },
    ],
  },
  {
    name: 'an ambiguous candidate may also be typed by its id',
    steps: [
      ...gieToFiness,
      ...gieFromFiness(finess(1), 2),
      ['modifier le téléphone', 'confirm'],
      ['representant.telephone', 'representant.telephone'],
    ],
  },
  {
    name: "«changer l'e-mail du représentant» names one answer: asked directly",
    steps: [
      ...gieToFiness,
      ...gieFromFiness(finess(1)),
      ["changer l'e-mail du représentant", 'representant.email'],
      ['direction@gie-morvan.fr', 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ ...signatoryFields, 'representant.email': 'direction@gie-morvan.fr' }],
  },
  {
    name: 'a change of branch: one cabinet becomes two, the new questions are asked, then the summary again',
    steps: [
      ...cabinetToCount('structure'),
      ['1', 'cabinet[1].rppsRang'],
      [rppsRang(1), 'editorName'],
      ['Xplore', 'cabinet[1].denomination'],
      ['Cabinet du Parc', 'solutionName'],
      ['Xplore RIS', 'representant.nom'],
      ...signatorySteps('admin[1].carte'),
      ...adminsSteps(1, 'confirm'),
      ['changer le nombre de cabinets', 'cabinetCount'],
      ['2', 'cabinet[2].rppsRang'],
      [rppsRang(2), 'cabinet[1].editorName'],
      ['Xplore', 'cabinet[2].editorName'],
      ['Xplore', 'confirm', 'Nombre de cabinets : 2'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [
      {
        'structure.rppsRang1': rppsRang(1),
        'structure.rppsRang2': rppsRang(2),
        'structure.denomination': '',
        ...signatoryFields,
        ...adminFields(1, admin(1)),
      },
    ],
  },
  {
    name: 'nothing recognised to change: explained, the summary stays, «oui» still confirms',
    steps: [
      ...selToSiret,
      ...selFromSiret(siret(1)),
      ['changer la couleur du logo', 'confirm', "Je n'ai pas trouvé ce que vous voulez modifier"],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ 'structure.siret': siret(1) }],
  },
];
