import { Answers, answersSchema } from '../rules/answers';

/** The answers `gieConversation(index)` records (gieScript.ts), as the conversation stores them. */
export const gieAnswers = (index: number): Answers =>
  answersSchema.parse({
    risController: 'gie',
    sharedCertifiedRis: 'no',
    services: ['dmp', 'insi'],
    pfiRelay: 'no',
    insiMode: 'both',
    adminDelegation: 'editor',
    denomination: `GIE de radiologie ${index}`,
    finess: '750712184',
    editorName: 'Xplore Santé',
    solutionName: 'RIS Xplore',
    'representant.nom': 'DUPONT',
    'representant.prenoms': 'ANTOINE',
    'representant.telephone': '0629001122',
    'representant.email': 'antoine.dupont@exemple.fr',
    'representant.carte': '1012345678',
    'admin[1].carte': '1107463982',
    'admin[1].nom': 'MARTIN',
    'admin[1].prenom': 'JEAN',
    'admin[1].telephone': '0667529323',
    'admin[1].email': 'certificats@exemple.fr',
    'moreAdmins[1]': 'no',
  });
