import type { Expected, Step } from '../transcript';
import { admin, signatory } from './people';

/** The first message starts the conversation: the bot introduces itself and asks the first question. */
export const opening: Step[] = [['bonjour', 'risController']];

/** Section 3.2, each answer leading to the next question; the last one to `next`. */
export const signatorySteps = (next: string): Step[] => [
  [signatory.nom, 'representant.prenoms'],
  [signatory.prenoms, 'representant.telephone'],
  [signatory.telephone, 'representant.email'],
  [signatory.email, 'representant.carte'],
  [signatory.carte, next],
];

/** One admin's five answers, from the card number (already asked) to `next`. */
export function adminSteps(row: number, next: Expected, editor = 0, prefix = ''): Step[] {
  const person = admin(row, editor);
  const slot = (field: string) => `${prefix}admin[${row}].${field}`;
  return [
    [person.carte, slot('nom')],
    [person.nom, slot('prenom')],
    [person.prenom, slot('telephone')],
    [person.telephone, slot('email')],
    [person.email, next],
  ];
}

/**
 * `count` admins (1-3) answering «oui» to «another one?» in between, then `next`. The third row is the
 * form's last: no «another one?» after it.
 */
export function adminsSteps(count: number, next: Expected, editor = 0, prefix = ''): Step[] {
  const steps: Step[] = [];
  for (let row = 1; row <= count; row += 1) {
    const last = row === count;
    if (row === 3) return [...steps, ...adminSteps(row, next, editor, prefix)];
    steps.push(...adminSteps(row, `${prefix}moreAdmins`, editor, prefix));
    steps.push(last ? ['non', next] : ['oui', `${prefix}admin[${row + 1}].carte`]);
  }
  return steps;
}

/** «Oui» to the summary: the documents are produced. */
export const confirmSteps: Step[] = [['oui', { outcome: 'form413' }]];

export const selDenomination = 'SELARL Imagerie du Beauvaisis';
export const gieDenomination = 'GIE du Morvan';

/** A société d'exercice (SA09) with DMP only and editor delegation, up to its SIRET. */
export const selToSiret: Step[] = [
  ...opening,
  ['libéral', 'sectorCode'],
  ['SA09', 'selCertifiedElsewhere'],
  ['non', 'sharedCertifiedRis'],
  ['non', 'services'],
  ['DMP', 'pfiRelay'],
  ['non', 'adminDelegation'],
  ['éditeur', 'denomination'],
  [selDenomination, 'siret'],
];

/** From the SIRET to the summary: Xplore, the signatory (the 3.2 box is inferred, not asked) and `admins` admins. */
export const selFromSiret = (siret: string, admins = 1): Step[] => [
  [siret, 'editorName'],
  ['Xplore', 'solutionName'],
  ['Xplore RIS', 'representant.nom'],
  ...signatorySteps('admin[1].carte'),
  ...adminsSteps(admins, 'confirm'),
];

/** A GIE with DMP only and its own staff as admins, up to its FINESS. */
export const gieToFiness: Step[] = [
  ...opening,
  ['GIE', 'sharedCertifiedRis'],
  ['non', 'services'],
  ['DMP', 'pfiRelay'],
  ['non', 'adminDelegation'],
  ["quelqu'un de la structure", 'denomination'],
  [gieDenomination, 'finess'],
];

/** From the FINESS to the summary (no «Êtes-vous le» question: a GIE's signatory is its legal representative). */
export const gieFromFiness = (finess: string, admins = 1): Step[] => [
  [finess, 'editorName'],
  ['Xplore', 'solutionName'],
  ['Xplore RIS', 'representant.nom'],
  ...signatorySteps('admin[1].carte'),
  ...adminsSteps(admins, 'confirm'),
];

/** A radiologist in cabinets (SA07), DMP only, up to the number of cabinets. */
export const cabinetToCount = (delegation: 'éditeur' | 'structure'): Step[] => [
  ...opening,
  ['libéral', 'sectorCode'],
  ['SA07', 'services'],
  ['DMP', 'pfiRelay'],
  ['non', 'adminDelegation'],
  [delegation, 'cabinetCount'],
];
