import type { TranscriptCase } from '../transcript';
import { siret } from './identifiers';
import { opening, selFromSiret, selToSiret } from './paths';

const helpFooter = 'À tout moment : « retour » (question précédente), « recommencer », « annuler », « conseiller ».';
const atSummary = [...selToSiret, ...selFromSiret(siret(1))];

/** Global commands, understood at any question, at the summary and after the end. */
export const commandCases: TranscriptCase[] = [
  {
    name: "«aide»: the current question's help, then the same question",
    steps: [
      ...opening,
      [
        'aide',
        'risController',
        ['Le responsable du traitement est la structure qui met le RIS à disposition', helpFooter],
      ],
      ['libéral', 'sectorCode'],
      ['Aide', 'sectorCode', "L'encadré «\u00a0synthèse\u00a0» affiche le secteur d'activité"],
    ],
  },
  { name: '«aide» at the SIRET', steps: [...selToSiret, ['aide', 'siret', 'Le SIREN (9 chiffres) ne suffit pas']] },
  { name: '«aide» at the summary', steps: [...atSummary, ['aide', 'confirm', 'Relisez le récapitulatif']] },
  {
    name: '«retour»: the previous question again, then another branch',
    steps: [
      ...opening,
      ['retour', 'risController', "il n'y a pas de question précédente"],
      ['libéral', 'sectorCode'],
      ['retour', 'risController'],
      ['GIE', 'sharedCertifiedRis'],
    ],
  },
  {
    name: '«retour» at the summary: the last question again',
    steps: [...atSummary, ['retour', 'moreAdmins'], ['non', 'confirm']],
  },
  {
    name: '«recommencer», then «non»: nothing is lost',
    steps: [
      ...selToSiret,
      ['recommencer', 'restartConfirm', 'Voulez-vous vraiment tout recommencer ?'],
      ['non', 'siret', 'nous continuons là où nous en étions'],
      ...selFromSiret(siret(1)),
      ['oui', { outcome: 'form413' }],
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ 'structure.siret': siret(1), 'structure.denomination': 'SELARL Imagerie du Beauvaisis' }],
  },
  {
    name: '«recommencer», then «oui»: back to the first question, earlier answers forgotten',
    steps: [
      ...selToSiret,
      ['recommencer', 'restartConfirm'],
      ['oui', 'risController', "C'est reparti depuis le début."],
      ['libéral', 'sectorCode'],
    ],
  },
  {
    name: '«annuler»: answers erased, the next message starts afresh',
    steps: [
      ...selToSiret,
      ['annuler', null, 'Demande annulée'],
      ['bonjour', 'risController', "je suis l'Assistant 413"],
      ['libéral', 'sectorCode'],
    ],
  },
  {
    name: '«je veux parler à un conseiller»: how to reach the ANS, then the same question',
    steps: [
      ...selToSiret,
      ['je veux parler à un conseiller', 'siret', 'monserviceclient.certificats@esante.gouv.fr'],
      [siret(1), 'editorName'],
    ],
  },
  {
    name: 'after an early end: any message says it is over; «retour» reopens the last question',
    steps: [
      ...opening,
      ['hôpital', 'hospitalRisCertified'],
      ['non', { outcome: 'establishment' }],
      ['merci', null, 'Votre demande est terminée'],
      ['retour', 'hospitalRisCertified'],
      ['oui', { outcome: 'notRequired' }],
      ['recommencer', 'risController', "C'est reparti depuis le début."],
      ['GIE', 'sharedCertifiedRis'],
    ],
  },
  {
    name: 'after the end of the path, asking for a person still gives how to reach one (no support desk here)',
    steps: [
      ...opening,
      ['hôpital', 'hospitalRisCertified'],
      ['non', { outcome: 'establishment' }],
      ['conseiller', null, 'monserviceclient.certificats@esante.gouv.fr'],
      ['je veux un humain', null, 'monserviceclient.certificats@esante.gouv.fr'],
      ['merci', null, 'Votre demande est terminée'],
    ],
  },
  {
    name: 'after the documents and the follow-up declined, «parler à un conseiller» still gives how to reach one',
    steps: [
      ...atSummary,
      ['oui', { outcome: 'form413' }],
      ['non', null],
      ['je voudrais parler à un conseiller', null, 'monserviceclient.certificats@esante.gouv.fr'],
    ],
  },
  {
    name: 'after the documents: «retour» reopens the last question, «recommencer» starts a new request',
    steps: [
      ...atSummary,
      ['oui', { outcome: 'form413' }],
      ['retour', 'moreAdmins'],
      ['non', 'confirm'],
      ['oui', { outcome: 'form413' }],
      ['recommencer', 'restartConfirm'],
      ['oui', 'risController'],
      ['libéral', 'sectorCode'],
    ],
  },
];
