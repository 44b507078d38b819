import type { TranscriptCase } from '../transcript';
import { finess, siret } from './identifiers';
import { admin, adminFields, noAdminAfter } from './people';
import { adminSteps, confirmSteps, gieFromFiness, gieToFiness, selFromSiret, selToSiret } from './paths';

/** Section 4.1: one to three technical admins, «another one?» asked after each row but the last. */
export const adminCases: TranscriptCase[] = [
  {
    name: 'one admin: «non» to another one',
    steps: [...selToSiret, ...selFromSiret(siret(1), 1), ...confirmSteps],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ ...adminFields(1, admin(1)), ...noAdminAfter(1) }],
  },
  {
    name: 'two admins: «oui» asks admin[2].*, «non» ends the list',
    steps: [...selToSiret, ...selFromSiret(siret(1), 2), ...confirmSteps],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ ...adminFields(1, admin(1)), ...adminFields(2, admin(2)), ...noAdminAfter(2) }],
  },
  {
    name: 'three admins: after the third, the summary (three rows on the form at most)',
    steps: [...gieToFiness, ...gieFromFiness(finess(1), 3), ['oui', { outcome: 'form413' }]],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ ...adminFields(1, admin(1)), ...adminFields(2, admin(2)), ...adminFields(3, admin(3)) }],
  },
  {
    name: '«another one?» understood as free text («oui, un deuxième»)',
    steps: [
      ...gieToFiness,
      ...gieFromFiness(finess(1), 1).slice(0, -1),
      ['oui, un deuxième', 'admin[2].carte', 'Administrateur technique 2'],
      ...adminSteps(2, 'moreAdmins'),
      ['non merci', 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
    forms: [{ ...adminFields(1, admin(1)), ...adminFields(2, admin(2)), ...noAdminAfter(2) }],
  },
];
