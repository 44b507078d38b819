import type { Directory } from '../../../rules/directory/place';
import type { Step, TranscriptCase } from '../transcript';
import { confirmSteps, gieToFiness, opening, selFromSiret, selToSiret, signatorySteps } from './paths';

const nbsp = '\u00a0';
const annuaireSupport = 'monserviceclient.annuaire@esante.gouv.fr';
const published = 'SELARL IMAGERIE DU BEAUVAISIS';
/** Another company's name (the same one in other letters is no mismatch: case, accents and punctuation aside). */
const typedName = 'SELARL Imagerie du Parc';

/** The SEL's SIRET found in the annuaire after its raison sociale was typed as another company's. */
const siretFound: Step[] = [
  ...selToSiret.slice(0, -1),
  [typedName, 'siret'],
  ['je ne sais pas', 'directory.query'],
  ['Antoine Dupont', 'directory.place', published],
  [
    'oui',
    'directory.denomination',
    [
      'SIRET : 81234567600017',
      `l'Annuaire Santé donne la raison sociale «${nbsp}${published}${nbsp}», alors que vous avez indiqué «${nbsp}${typedName}${nbsp}»`,
    ],
  ],
];

/** Guide §4: «Dénomination de la structure» is the raison sociale; the annuaire's place and the form agree. */
export function directoryCheckCases(sample: () => Directory): TranscriptCase[] {
  return [
    {
      name: 'the same raison sociale in other letters: no question, the SIRET filled',
      directory: sample,
      steps: [
        ...selToSiret,
        ['je ne sais pas', 'directory.query'],
        ['Antoine Dupont', 'directory.place'],
        ['oui', 'editorName', 'SIRET : 81234567600017'],
      ],
    },
    {
      name: "a SIRET found for a société typed under another name: said so, the annuaire's name taken",
      directory: sample,
      steps: [
        ...siretFound,
        [
          `Prendre «${nbsp}${published}${nbsp}»`,
          'editorName',
          `le formulaire portera la dénomination «${nbsp}${published}${nbsp}»`,
        ],
        ...selFromSiret('unused').slice(1),
        ...confirmSteps,
      ],
      outcome: { kind: 'form413', forms: 1 },
      forms: [{ 'structure.denomination': published, 'structure.siret': '81234567600017' }],
    },
    {
      name: '…or the name typed kept, on purpose («garder la mienne»)',
      directory: sample,
      steps: [
        ...siretFound,
        ['garder la mienne', 'editorName', typedName],
        ...selFromSiret('unused').slice(1),
        ...confirmSteps,
      ],
      outcome: { kind: 'form413', forms: 1 },
      forms: [{ 'structure.denomination': typedName, 'structure.siret': '81234567600017' }],
    },
    {
      name: '«je ne sais pas» at the name for the form: which name goes on it and who confirms it, then the same choice',
      directory: sample,
      steps: [
        ...siretFound,
        [
          'je ne sais pas',
          'directory.denomination',
          ['la raison sociale de la structure dont il porte', 'Kbis', 'Quelle dénomination porter'],
        ],
        ['garder la mienne', 'editorName', typedName],
      ],
    },
    {
      name: "the second radiologist of a group is looked up himself: the first one's RPPS is not reused",
      directory: sample,
      steps: [
        ...opening,
        ['libéral', 'sectorCode'],
        ['Antoine Dupont', 'directory.place'],
        ['Rouen', 'services', 'SA08'],
        ['DMP', 'pfiRelay'],
        ['non', 'adminDelegation'],
        ['éditeur', 'cabinetCount'],
        ['1', 'editorName'],
        ['Xplore', 'solutionName'],
        ['Xplore RIS', 'representant.nom'],
        ...signatorySteps('moreRadiologists'),
        ['oui', 'radiologist[2].cabinetCount'],
        ['1', 'radiologist[2].cabinet[1].rppsRang'],
        ["Chercher dans l'Annuaire Santé", 'directory.query'],
        ['Jean-Pierre Le Gall', 'directory.place', "CENTRE D'IMAGERIE DE L'IROISE"],
        ['oui', 'radiologist[2].representant.nom', 'RPPS-rang'],
      ],
    },
    {
      name: "where the bot sends people to annuaire.sante.fr, it gives the annuaire's support address too",
      directory: sample,
      steps: [
        ...opening,
        ['libéral', 'sectorCode'],
        ['aide', 'sectorCode', ['annuaire.sante.fr', annuaireSupport]],
        ['SA99', 'sectorCode', annuaireSupport],
      ],
    },
    {
      name: 'no place is the right one: the manual path on annuaire.sante.fr, with its support address',
      directory: sample,
      steps: [
        ...gieToFiness.slice(0, -1),
        ["Chercher dans l'Annuaire Santé", 'directory.query'],
        ['Antoine Dupont', 'directory.place'],
        ['Aucun de ces lieux', 'denomination', annuaireSupport],
      ],
    },
  ];
}
