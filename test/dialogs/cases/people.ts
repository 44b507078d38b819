import type { Form413Fields } from '../../../rules/form413Fields';

/** The signatory of section 3.2, typed as people type: spaces in numbers, mixed case. */
export const signatory = {
  nom: 'Dupont',
  prenoms: 'Antoine',
  telephone: '06 23 45 67 93',
  email: 'A.Dupont@Exemple.fr',
  carte: '1012345678',
};

/** The signatory as the form carries it: names upper case, numbers compact, e-mail lower case. */
export const signatoryFields: Partial<Form413Fields> = {
  'representant.nom': 'DUPONT',
  'representant.prenoms': 'ANTOINE',
  'representant.telephone': '0623456793',
  'representant.email': 'a.dupont@exemple.fr',
  'representant.carte': '1012345678',
};

const surnames = ['Martin', 'Durand', 'Petit', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Michel', 'Garcia'];
const firstNames = ['Paul', 'Marie', 'Luc', 'Anne', 'Jean', 'Claire', 'Louis', 'Julie', 'Marc'];

export interface Admin {
  carte: string;
  nom: string;
  prenom: string;
  telephone: string;
  email: string;
}

/** Technical admin `row` (1-3) of editor `editor` (0 when the admins are shared): each value says whose it is. */
export function admin(row: number, editor = 0): Admin {
  const person = editor * 3 + row - 1;
  return {
    carte: String(2000000000 + editor * 100 + row),
    nom: surnames[person] ?? 'Martin',
    prenom: firstNames[person] ?? 'Paul',
    telephone: `06 12 34 ${editor}${row} 00`,
    email: `admin${row}.e${editor}@editeur.fr`,
  };
}

type AdminRow = 1 | 2 | 3;

/** An admin as row `formRow` of section 4.1 carries it. */
export function adminFields(formRow: AdminRow, person: Admin): Partial<Form413Fields> {
  return {
    [`admin${formRow}.carte`]: person.carte,
    [`admin${formRow}.nom`]: person.nom.toLocaleUpperCase('fr'),
    [`admin${formRow}.prenom`]: person.prenom.toLocaleUpperCase('fr'),
    [`admin${formRow}.telephone`]: person.telephone.replace(/\s/g, ''),
    [`admin${formRow}.email`]: person.email,
  };
}

/** Row 2 and 3 empty: no admin declared there. */
export const noAdminAfter = (formRow: 1 | 2): Partial<Form413Fields> =>
  Object.fromEntries(
    ['carte', 'nom', 'prenom', 'telephone', 'email'].flatMap((field) =>
      [2, 3].filter((row) => row > formRow).map((row) => [`admin${row}.${field}`, '']),
    ),
  );
