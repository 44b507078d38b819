import type { Form413CheckBoxName } from '../../rules/form413Fields';

/** The offer check boxes, in the form's order. */
export const form413CheckBoxNames: readonly Form413CheckBoxName[] = [
  'offre.org',
  'offre.serveurSsl',
  'offre.serveurSmime',
  'offre.pro',
];
