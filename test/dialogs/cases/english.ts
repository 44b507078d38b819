import type { Step, TranscriptCase } from '../transcript';
import { finess } from './identifiers';
import { admin } from './people';

const opening: Step[] = [['hello', 'risController', 'Who is the data controller of the RIS']];
const person = admin(1);

/** The same conversation in English (`en-US`): English prompts, explanations and outcomes, English free text. */
export const englishCases: TranscriptCase[] = [
  {
    name: 'the establishment path, answered in English words',
    locale: 'en-US',
    steps: [
      ...opening,
      ['the hospital', 'hospitalRisCertified', "Do the radiologists use the establishment's RIS"],
      ['help', 'hospitalRisCertified', ["Who can tell you: the establishment's IT department.", '«back»']],
      ['no', { outcome: 'establishment' }, 'orders the certificate: you do not have a Form 413 to fill in'],
    ],
    outcome: { kind: 'establishment', forms: 0 },
  },
  {
    name: 'a GIE to its Form 413, with an English explanation of a wrong FINESS',
    locale: 'en-US',
    steps: [
      ...opening,
      ["it's a GIE", 'sharedCertifiedRis'],
      ['no', 'services'],
      ['DMP', 'pfiRelay'],
      ['nope', 'adminDelegation'],
      ['the vendor', 'denomination'],
      ['GIE du Morvan', 'finess'],
      ['12345', 'finess', 'A FINESS géographique has 9 characters; you entered 5.'],
      [finess(1), 'editorName'],
      ['Xplore', 'solutionName'],
      ['Xplore RIS', 'representant.nom'],
      ['Dupont', 'representant.prenoms'],
      ['Antoine', 'representant.telephone'],
      ['06 23 45 67 93', 'representant.email'],
      ['a.dupont@exemple.fr', 'representant.carte'],
      ['1012345678', 'admin[1].carte'],
      [person.carte, 'admin[1].nom'],
      [person.nom, 'admin[1].prenom'],
      [person.prenom, 'admin[1].telephone'],
      [person.telephone, 'admin[1].email'],
      [person.email, 'moreAdmins'],
      ['no', 'confirm', 'Summary before producing the form'],
      ["Yes, that's correct", { outcome: 'form413' }],
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ 'structure.finess': finess(1), 'representant.nom': 'DUPONT', 'usage.editeur': 'Xplore' }],
  },
];
