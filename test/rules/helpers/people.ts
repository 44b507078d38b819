import type { TechnicalAdmin } from '../../../rules/situation';

/** The signatory of section 3.2 in every scenario (the guide's DUPONT Antoine). */
export const representant = {
  nom: 'DUPONT',
  prenoms: 'ANTOINE',
  telephone: '0623456793',
  email: 'adupont@exemple.fr',
  carte: '1012345678',
} as const;

const otherRadiologists = ['MOREAU', 'LEROY', 'GARCIA', 'SIMON'];

/** Radiologist k's signatory of section 3.2: the guide's DUPONT for the first, each other one his own card. */
export function representantOf(radiologist: number): {
  nom: string;
  prenoms: string;
  telephone: string;
  email: string;
  carte: string;
} {
  if (radiologist === 1) return representant;
  const nom = otherRadiologists[(radiologist - 2) % otherRadiologists.length] ?? 'MOREAU';
  return {
    nom: radiologist - 2 < otherRadiologists.length ? nom : `${nom} ${radiologist}`,
    prenoms: `PRENOM ${radiologist}`,
    telephone: `0611${String(radiologist).padStart(6, '0')}`,
    email: `radiologue${radiologist}@exemple.fr`,
    carte: `19${String(radiologist).padStart(8, '0')}`,
  };
}

/**
 * Technical admin `row` (1-based) of editor `editor` (0 when admins are not per editor): every value says
 * whose it is, so a test can tell which editor's admins landed on which form.
 */
export function adminOf(editor: number, row: number): TechnicalAdmin {
  return {
    carte: `11${editor}${row}`.padEnd(10, '0'),
    nom: `ADMIN E${editor} R${row}`,
    prenom: `PRENOM E${editor} R${row}`,
    telephone: `06000000${editor}${row}`,
    email: `admin.e${editor}.r${row}@exemple.fr`,
  };
}
