import type { Situation } from '../situation';
import type { Prerequisite } from './schema';

export const ansLinks = {
  contratAdhesionOnline: 'https://www.demarches-simplifiees.fr/commencer/contrat-d-adhesion-f101',
  contratAdhesionPdf: 'https://esante.gouv.fr/sites/default/files/media_entity/documents/Contrat_adhesion.pdf',
  form101: 'https://esante.gouv.fr/documents/101',
  form301: 'https://esante.gouv.fr/documents/301',
  form413: 'https://esante.gouv.fr/documents/413',
  form413Online: 'https://www.demarches-simplifiees.fr/commencer/f413',
  form503: 'https://esante.gouv.fr/sites/default/files/media_entity/documents/F503.pdf',
  tops: 'https://tops.eservices.esante.gouv.fr/tops/pageAccueil/accueil.html',
  annuaire: 'https://annuaire.sante.fr',
  platform: 'https://pfc.eservices.esante.gouv.fr',
  hospitalGuide:
    'https://esante.gouv.fr/sites/default/files/media_entity/documents/segur-numerique-hopital-guide-certificats.pdf',
  faq: 'https://industriels.esante.gouv.fr',
  ansSupportEmail: 'monserviceclient.certificats@esante.gouv.fr',
} as const;

/** Contrat d'adhésion: required for a GIE, not for SA07/SA08/SA09 whose titulaire the ANS knows (guide §3). */
export const needsContratAdhesion = (situation: Situation): boolean => situation.structureType === 'gie';

/** The GIE's legal representative needs a «carte de responsable de structure», form 101 (guide §3). */
export const needsStructureManagerCard = (situation: Situation): boolean => situation.structureType === 'gie';

/** An editor acting as technical administrator needs its own contract with the ANS to order CPA cards (guide §3, Cas 1). */
export const needsEditorContract = (situation: Situation): boolean => situation.adminDelegation === 'editor';

/** «Sécuriser les prérequis» for this case, each with where to do it. */
export function planPrerequisites(situation: Situation): Prerequisite[] {
  const editorDelegation = situation.adminDelegation === 'editor';
  return [
    {
      id: 'contratAdhesion',
      required: needsContratAdhesion(situation),
      urls: needsContratAdhesion(situation) ? [ansLinks.contratAdhesionOnline, ansLinks.contratAdhesionPdf] : [],
    },
    ...(needsStructureManagerCard(situation)
      ? [{ id: 'carteResponsableStructure' as const, required: true, urls: [ansLinks.form101] }]
      : []),
    { id: 'structureIdentifier', required: true, urls: [ansLinks.annuaire] },
    ...(needsEditorContract(situation)
      ? [{ id: 'editorContract' as const, required: true, urls: [ansLinks.contratAdhesionPdf] }]
      : []),
    editorDelegation
      ? { id: 'editorCpaCards', required: true, urls: [ansLinks.form301] }
      : { id: 'structureCpsCpe', required: true, urls: [ansLinks.tops] },
  ];
}
