import type { Directory } from '../../../rules/directory/place';
import type { Step, TranscriptCase } from '../transcript';
import { failingDirectory } from '../memoryDirectory';
import { admin, adminFields, signatoryFields } from './people';
import { adminsSteps, confirmSteps, gieToFiness, gieFromFiness, opening, selFromSiret, signatorySteps } from './paths';

/** The shipped synthetic extract (annuaire/sample), imported as an administrator would. */
export interface DirectoryCaseSources {
  sample: () => Directory;
}

const edition = 'extrait du 28 novembre 2026';
const toSectorCode: Step[] = [...opening, ['libéral', 'sectorCode', 'Annuaire Santé']];

/** Guide §4's three cases, their structure found in the Annuaire Santé instead of typed. */
export function directoryCases({ sample }: DirectoryCaseSources): TranscriptCase[] {
  return [
    {
      name: 'Cas 1, SEL: the radiologist’s name at the sector code, the SELARL picked → SA09, raison sociale and SIRET filled',
      directory: sample,
      steps: [
        ...toSectorCode,
        [
          'Dr Antoine Dupont',
          'directory.place',
          [
            'GIE IMAGERIE DU MORVAN',
            'SELARL IMAGERIE DU BEAUVAISIS',
            'CABINET DE RADIOLOGIE DU ROUENNAIS',
            edition,
            'Identifiant national de structure : 381234567600017',
          ],
        ],
        [
          'SELARL Imagerie du Beauvaisis',
          'selCertifiedElsewhere',
          ['SA09 (Exercice en société)', 'SIRET : 81234567600017'],
        ],
        ['non', 'sharedCertifiedRis'],
        ['non', 'services'],
        ['DMP', 'pfiRelay'],
        ['non', 'adminDelegation'],
        ['éditeur', 'editorName'],
        ...selFromSiret('unused').slice(1),
        ...confirmSteps,
      ],
      outcome: { kind: 'form413', forms: 1 },
      plan: { caseNumber: 1, orderedUnder: 'siret', structureType: 'societe' },
      forms: [
        {
          'structure.denomination': 'SELARL IMAGERIE DU BEAUVAISIS',
          'structure.siret': '81234567600017',
          'structure.finess': '',
        },
      ],
    },
    {
      name: 'Cas 2, GIE: «je ne sais pas» at the raison sociale, the RPPS typed → only the place with a FINESS offered, confirmed',
      directory: sample,
      steps: [
        ...gieToFiness.slice(0, -1),
        ['je ne sais pas', 'directory.query'],
        ['100 039 261 35', 'directory.place', ['GIE IMAGERIE DU MORVAN', 'FINESS géographique : 710015959']],
        ['oui', 'editorName', ['Raison sociale : GIE IMAGERIE DU MORVAN', 'FINESS géographique : 710015959']],
        ...gieFromFiness('unused').slice(1),
        ...confirmSteps,
      ],
      outcome: { kind: 'form413', forms: 1 },
      plan: { caseNumber: 2, orderedUnder: 'finess', structureType: 'gie' },
      forms: [
        {
          'structure.denomination': 'GIE IMAGERIE DU MORVAN',
          'structure.finess': '710015959',
          ...signatoryFields,
          ...adminFields(1, admin(1)),
        },
      ],
    },
    {
      name: 'Cas 3, two cabinets: «je ne sais pas» to the sector code, the look-up offered with the structure types; the second cabinet without asking the name again',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['je ne sais pas', 'structureType', 'nom ou le numéro RPPS du radiologue'],
        ['Chercher dans l’Annuaire Santé', 'directory.query'],
        [
          'jean martin',
          'directory.place',
          ["CABINET D'IMAGERIE MÉDICALE DES LILAS", 'CABINET DU DR MARTIN', '75020 PARIS'],
        ],
        ['1', 'services', ['SA08 (Cabinet de groupe)', 'RPPS-rang : 10007034563018']],
        ['DMP', 'pfiRelay'],
        ['non', 'adminDelegation'],
        ['éditeur', 'cabinetCount'],
        ['2', 'cabinet[2].rppsRang'],
        ['Chercher dans l’Annuaire Santé', 'directory.place', 'CABINET DU DR MARTIN'],
        ['oui', 'cabinet[1].editorName', 'RPPS-rang : 10007034563026'],
        ['Xplore', 'cabinet[2].editorName'],
        ['Telemis', 'editor[1].solutionName'],
        ['Xplore RIS', 'editor[2].solutionName'],
        ['TM-RIS', 'representant.nom'],
        // SA08, a cabinet de groupe: each radiologist has his own forms, another one may follow.
        ...signatorySteps('moreRadiologists'),
        ['non', 'editor[1].admin[1].carte'],
        ...adminsSteps(1, 'editor[2].admin[1].carte', 1, 'editor[1].'),
        ...adminsSteps(1, 'confirm', 2, 'editor[2].'),
        ...confirmSteps,
      ],
      outcome: { kind: 'form413', forms: 2 },
      plan: { caseNumber: 3, orderedUnder: 'rppsRang' },
      forms: [
        {
          'structure.denomination': "CABINET D'IMAGERIE MÉDICALE DES LILAS",
          'structure.rppsRang1': '10007034563018',
          'usage.editeur': 'Xplore',
        },
        {
          'structure.denomination': 'CABINET DU DR MARTIN',
          'structure.rppsRang1': '10007034563026',
          'usage.editeur': 'Telemis',
        },
      ],
    },
    {
      name: 'the radiologist named in the first message: the places listed at the sector code without asking',
      directory: sample,
      steps: [
        ['Bonjour, je suis la secrétaire du Dr Antoine Dupont', 'risController'],
        ['libéral', 'directory.place', 'Antoine DUPONT exerce dans ces 3 lieux'],
        ['Rouen', 'services', 'SA08'],
      ],
    },
    {
      name: 'an RPPS in the first message, a GIE: only its place with a FINESS, at the raison sociale',
      directory: sample,
      steps: [
        ['Bonjour, RPPS 10003926135', 'risController'],
        ...gieToFiness.slice(1, -2),
        [gieToFiness[gieToFiness.length - 2]?.[0] ?? '', 'directory.place', 'GIE IMAGERIE DU MORVAN'],
        ['oui', 'editorName'],
      ],
    },
    {
      name: 'a name typed at the structure type once the code is unknown: the code found settles the type',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['je ne sais pas', 'structureType'],
        ['Émilie Lefèvre', 'directory.town'],
        ['69', 'directory.place'],
        ['oui', 'services', 'SA07'],
      ],
    },
    {
      name: 'homonyms: the town picks the right Émilie Lefèvre (accents and case ignored)',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['emilie LEFEVRE', 'directory.town', '2 professionnels'],
        ['Nantes', 'directory.place', 'SELAS RADIOLOGIE NANTES ERDRE'],
        ['oui', 'selCertifiedElsewhere'],
      ],
    },
    {
      name: 'homonyms: an unknown town, then the RPPS',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['Lefèvre', 'directory.town'],
        ['Brest', 'directory.town', 'Aucun d’eux'.replace('’', "'")],
        ['10005012348', 'directory.place', 'CABINET DU DR LEFÈVRE'],
        ['oui', 'services'],
      ],
    },
    {
      name: 'a hospital radiologist: SA01 leads to the establishment',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['Hélène Dubois', 'directory.place', 'CENTRE HOSPITALIER DE VILLEFRANCHE'],
        ['oui', 'hospitalRisCertified', 'SA01'],
      ],
    },
    {
      name: 'a name nobody has, typed at the sector code: said so, and the sector code asked again',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['Paul Introuvable', 'sectorCode', ["Je n'ai trouvé personne pour « Paul Introuvable »", edition]],
        ['SA09', 'selCertifiedElsewhere'],
      ],
    },
    {
      name: '«je ne sais pas» to the sector code keeps its contract meaning; a look-up from there, then «continuer sans l’annuaire»',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['unknown', 'structureType'],
        ['annuaire', 'directory.query'],
        ["Continuer sans l'annuaire", 'structureType'],
        ['GIE', 'sharedCertifiedRis'],
      ],
    },
    {
      name: '«je ne sais pas», a wrong RPPS key, then twice not found: the manual path',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['je ne sais pas', 'structureType'],
        ['chercher', 'directory.query'],
        ['10003926136', 'directory.query', 'clé de contrôle'],
        ['Paul Introuvable', 'structureType', ["Je n'ai trouvé personne", 'annuaire.sante.fr']],
      ],
    },
    {
      name: 'no place is the right one: where to look on annuaire.sante.fr, and the question again',
      directory: sample,
      steps: [
        ...gieToFiness.slice(0, -1),
        ["Chercher dans l'Annuaire Santé", 'directory.query'],
        ['Antoine Dupont', 'directory.place'],
        ['Aucun de ces lieux', 'denomination', 'annuaire.sante.fr'],
      ],
    },
    {
      name: 'help and a typo during the look-up keep the look-up going',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['Antoine Dupont', 'directory.place'],
        ['aide', 'directory.place'],
        ['le septième', 'directory.place'],
        ['Rouen', 'services'],
      ],
    },
    {
      name: 'an RPPS typed where the RPPS-rang is expected: the cabinets of that radiologist',
      directory: sample,
      steps: [
        ...opening,
        ['libéral', 'sectorCode'],
        ['SA08', 'services'],
        ['DMP', 'pfiRelay'],
        ['non', 'adminDelegation'],
        ['éditeur', 'cabinetCount'],
        ['1', 'cabinet[1].rppsRang'],
        ['10008045675', 'directory.place', "CENTRE D'IMAGERIE DE L'IROISE"],
        ['oui', 'editorName'],
      ],
    },
    {
      name: 'the directory does not answer: said so, the manual path',
      directory: () => failingDirectory('timeout'),
      steps: [
        ...toSectorCode,
        ['je ne sais pas', 'structureType'],
        ['Antoine Dupont', 'structureType', ['ne répond pas', 'annuaire.sante.fr']],
      ],
    },
    {
      name: 'in Teams: four places are an Adaptive Card, and its button answers',
      channelId: 'msteams',
      directory: sample,
      steps: [
        ...toSectorCode,
        ['Antoine Dupont', 'directory.place'],
        ['3. SELARL IMAGERIE DU BEAUVAISIS (BEAUVAIS)', 'selCertifiedElsewhere'],
      ],
    },
    {
      name: 'in English',
      locale: 'en-GB',
      directory: sample,
      steps: [
        ['hello', 'risController'],
        ['liberal', 'sectorCode', 'Annuaire Santé'],
        ['Antoine Dupont', 'directory.place', 'extract of 28 November 2026'],
        ['Rouen', 'services', 'Noted, from the Annuaire Santé'],
      ],
    },
  ];
}
