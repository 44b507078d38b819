import type { Form413Fields } from '../../../rules/form413Fields';
import type { TechnicalAdmin } from '../../../rules/situation';
import { representant } from './people';

/** Every Form 413 field empty and no offer ticked, written out so the expectations do not reuse the code under test. */
const blank: Form413Fields = {
  'structure.denomination': '',
  'structure.finess': '',
  'structure.siret': '',
  'structure.rppsRang1': '',
  'structure.rppsRang2': '',
  'structure.rppsRang3': '',
  'structure.rppsRang4': '',
  'representant.qualite': null,
  'representant.nom': '',
  'representant.prenoms': '',
  'representant.telephone': '',
  'representant.email': '',
  'representant.carte': '',
  'admin1.carte': '',
  'admin1.nom': '',
  'admin1.prenom': '',
  'admin1.telephone': '',
  'admin1.email': '',
  'admin2.carte': '',
  'admin2.nom': '',
  'admin2.prenom': '',
  'admin2.telephone': '',
  'admin2.email': '',
  'admin3.carte': '',
  'admin3.nom': '',
  'admin3.prenom': '',
  'admin3.telephone': '',
  'admin3.email': '',
  'usage.precisions': '',
  'usage.editeur': '',
  'usage.solution': '',
  'offre.org': false,
  'offre.serveurSsl': false,
  'offre.serveurSmime': false,
  'offre.pro': false,
  'serveurSsl.domaine': '',
  'serveurSsl.serveur': '',
  'serveurSmime.domaine': '',
  'pro.domaine': '',
};

function adminRows(admins: readonly TechnicalAdmin[]): Partial<Form413Fields> {
  const rows: Record<string, string> = {};
  admins.forEach((admin, index) => {
    for (const [field, value] of Object.entries(admin)) rows[`admin${index + 1}.${field}`] = value;
  });
  return rows;
}

export interface ExpectedForm {
  structure: Partial<Pick<Form413Fields, 'structure.denomination' | 'structure.finess' | 'structure.siret'>>;
  rppsRang?: readonly string[];
  qualite: NonNullable<Form413Fields['representant.qualite']>;
  admins: readonly TechnicalAdmin[];
  editeur: string;
  solution: string;
}

/** The whole field map a form of the request should have: the guide's signatory, the ORG offer alone. */
export function expectedFields(form: ExpectedForm): Form413Fields {
  const rppsRang: Record<string, string> = {};
  (form.rppsRang ?? []).forEach((value, index) => {
    rppsRang[`structure.rppsRang${index + 1}`] = value;
  });
  return {
    ...blank,
    ...form.structure,
    ...rppsRang,
    'representant.qualite': form.qualite,
    'representant.nom': representant.nom,
    'representant.prenoms': representant.prenoms,
    'representant.telephone': representant.telephone,
    'representant.email': representant.email,
    'representant.carte': representant.carte,
    ...adminRows(form.admins),
    'usage.editeur': form.editeur,
    'usage.solution': form.solution,
    'offre.org': true,
  };
}
