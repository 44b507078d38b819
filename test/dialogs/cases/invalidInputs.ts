import type { TranscriptCase } from '../transcript';
import { finess, rppsRang, siret, withWrongKey } from './identifiers';
import { admin, adminFields, signatoryFields } from './people';
import {
  adminSteps,
  cabinetToCount,
  confirmSteps,
  gieDenomination,
  opening,
  selDenomination,
  signatorySteps,
} from './paths';

const choiceRetry = "Je n'ai pas compris votre réponse. Choisissez parmi :";

/**
 * Each kind of invalid answer: the same slot asked again with a French explanation (what is wrong, where
 * to find the right value), then the right value accepted; the final forms keep every earlier answer.
 */
export const invalidInputCases: TranscriptCase[] = [
  {
    name: 'SEL: an unrecognised choice, sector codes, every wrong SIRET, e-mail, phone and card',
    steps: [
      ...opening,
      [
        'bof',
        'risController',
        `${choiceRetry} « L'établissement de santé », « Le radiologue libéral (cabinet ou société) », « Un GIE »`,
      ],
      ['libéral', 'sectorCode'],
      ['SA99', 'sectorCode', "Ce code n'existe pas dans la nomenclature de l'ANS (SA01 à SA69)"],
      ['SA-ZZ', 'sectorCode', "s'écrit «\u00a0SA\u00a0» suivi de deux chiffres"],
      ['SA09', 'selCertifiedElsewhere'],
      ['non', 'sharedCertifiedRis'],
      ['non', 'services'],
      ['la météo', 'services', choiceRetry],
      ['DMP', 'pfiRelay'],
      ['non', 'adminDelegation'],
      ['éditeur', 'denomination'],
      [selDenomination, 'siret'],
      [withWrongKey(siret(1)), 'siret', "Ce N° SIRET n'est pas valide : sa clé de contrôle ne correspond pas"],
      [siret(1).slice(0, 7), 'siret', 'Le N° SIRET compte 14 chiffres ; vous en avez saisi 7.'],
      [`${siret(1).slice(0, 4)}ABC${siret(1).slice(7)}`, 'siret', 'Le N° SIRET ne contient que des chiffres.'],
      [siret(1).slice(0, 9), 'siret', ["Vous avez saisi 9 chiffres, c'est-à-dire le SIREN", 'sur son extrait Kbis']],
      [siret(1).replace(/(\d{3})(\d{3})(\d{3})(\d{5})/, '$1 $2 $3 $4'), 'editorName'],
      ['Xplore', 'solutionName'],
      ['Xplore RIS', 'representant.nom'],
      ['Dupont', 'representant.prenoms'],
      ['Antoine', 'representant.telephone'],
      [
        '+44 20 7946 0958',
        'representant.telephone',
        ['Le formulaire attend un numéro de téléphone français', 'par exemple 06 29 00 11 22'],
      ],
      [
        '06 23 45',
        'representant.telephone',
        'Un numéro de téléphone français compte 10 chiffres ; vous en avez saisi 6.',
      ],
      ['+33 6 23 45 67 93', 'representant.email'],
      ['a.dupont.exemple.fr', 'representant.email', "Il manque le « @ » dans l'adresse e-mail."],
      ['a.dupont@exemple', 'representant.email', "Cette adresse e-mail n'est pas valide."],
      ['A.Dupont@Exemple.fr', 'representant.carte'],
      ['101234', 'representant.carte', 'Le N° de carte compte 10 chiffres ; vous en avez saisi 6.'],
      ['1012345678', 'admin[1].carte'],
      ...adminSteps(1, 'moreAdmins'),
      ['je ne sais pas trop', 'moreAdmins', ['je ne note rien pour cette question', 'Déclarer deux administrateurs']],
      ['non', 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [
      {
        'structure.denomination': selDenomination,
        'structure.siret': siret(1),
        'representant.qualite': 'titulaireCabinet',
        ...signatoryFields,
        ...adminFields(1, admin(1)),
      },
    ],
  },
  {
    name: 'GIE: a SIRET or a wrong key for the FINESS, digits in a name, an incomplete e-mail',
    steps: [
      ...opening,
      ['GIE', 'sharedCertifiedRis'],
      ['non', 'services'],
      ['DMP', 'pfiRelay'],
      ['non', 'adminDelegation'],
      ['structure', 'denomination'],
      [gieDenomination, 'finess'],
      [siret(3), 'finess', 'comme un N° SIRET : le FINESS géographique en compte 9'],
      [
        withWrongKey(finess(1)),
        'finess',
        ["Ce FINESS n'est pas valide : sa clé de contrôle ne correspond pas", 'encadré «\u00a0synthèse\u00a0»'],
      ],
      [finess(1), 'editorName'],
      ['Xplore', 'solutionName'],
      ['Xplore RIS', 'representant.nom'],
      ['Dupont 2', 'representant.nom', 'caractères non admis'],
      ...signatorySteps('admin[1].carte'),
      ...adminSteps(1, 'moreAdmins').slice(0, -1),
      ['admin1.e0@', 'admin[1].email', "Cette adresse e-mail n'est pas valide."],
      [admin(1).email, 'moreAdmins'],
      ['non', 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [
      {
        'structure.denomination': gieDenomination,
        'structure.finess': finess(1),
        ...signatoryFields,
        ...adminFields(1, admin(1)),
      },
    ],
  },
  {
    name: 'cabinets: numbers out of range or missing, RPPS instead of RPPS-rang, wrong key, repeated and extra RPPS-rang',
    steps: [
      ...cabinetToCount('structure'),
      ['25', 'cabinetCount', 'Indiquez un nombre entre 1 et 20.'],
      ['0', 'cabinetCount', 'Indiquez un nombre entre 1 et 20.'],
      ['plusieurs', 'cabinetCount', 'Indiquez un nombre en chiffres'],
      ['3', 'cabinet[1].rppsRang'],
      ['10003926135', 'cabinet[1].rppsRang', "c'est-à-dire le numéro RPPS seul"],
      [
        withWrongKey(rppsRang(1)),
        'cabinet[1].rppsRang',
        ["Ce RPPS rang n'est pas valide : sa clé de contrôle ne correspond pas", 'annuaire.sante.fr'],
      ],
      [
        `${rppsRang(1)}, ${rppsRang(1)}`,
        'cabinet[1].rppsRang',
        `Le RPPS-rang ${rppsRang(1)} a déjà été donné pour un autre cabinet`,
      ],
      [
        [1, 2, 3, 4].map(rppsRang).join(', '),
        'cabinet[1].rppsRang',
        'Vous avez donné 4 RPPS-rang, mais il ne reste que 3 cabinet(s)',
      ],
      [[1, 2, 3].map(rppsRang).join(' ; '), 'cabinet[1].editorName'],
      ['Xplore', 'cabinet[2].editorName'],
      ['Xplore', 'cabinet[3].editorName'],
      ['Xplore', 'solutionName'],
      ['Xplore RIS', 'representant.nom'],
      ...signatorySteps('admin[1].carte'),
      ...adminSteps(1, 'moreAdmins'),
      ['non', 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [
      {
        'structure.rppsRang1': rppsRang(1),
        'structure.rppsRang2': rppsRang(2),
        'structure.rppsRang3': rppsRang(3),
        'structure.rppsRang4': '',
      },
    ],
  },
  {
    name: 'a number word above the maximum («vingt-cinq» cabinets) is out of range, not 20',
    steps: [...cabinetToCount('structure'), ['vingt-cinq', 'cabinetCount', 'Indiquez un nombre entre 1 et 20.']],
  },
];
