import { emptyForm413Fields } from '../../rules/form413Fields';
import type { Form413Document } from './document';

/**
 * Three realistic requests (the guide's annex cases, illustrative identifiers): the bench renders them and the
 * tests read them back.
 */
export const form413Samples: Readonly<Record<'gie' | 'societe' | 'cabinets', Form413Document>> = {
  gie: {
    fields: {
      ...emptyForm413Fields(),
      'structure.denomination': 'GIE du Morvan',
      'structure.finess': '710015953',
      'representant.qualite': 'responsableLegal',
      'representant.nom': 'DUPONT',
      'representant.prenoms': 'ANTOINE',
      'representant.telephone': '0629001122',
      'representant.email': 'antoine.dupont@exemple.fr',
      'representant.carte': '1012345678',
      'admin1.carte': '1107463982',
      'admin1.nom': 'MARTIN',
      'admin1.prenom': 'JEAN',
      'admin1.telephone': '0667529323',
      'admin1.email': 'jean.martin@exemple.fr',
      'usage.precisions': 'authentification et signature sur le DMP ; usage INS (téléservice INSi : INSI-AUTO)',
      'usage.editeur': 'Éditions Œdipe Santé',
      'usage.solution': 'RIS Œdipe',
      'offre.org': true,
    },
    cover: {
      title: 'Formulaire 413 à signer — GIE du Morvan',
      sections: [
        {
          heading: '',
          paragraphs: [
            'Cette page est une notice : elle ne fait pas partie du formulaire.',
            'Cas 2 : GIE — formulaire 1 sur 1 (éditeur : Éditions Œdipe Santé).',
          ],
        },
        {
          heading: 'Signature',
          paragraphs: ['À signer par Antoine DUPONT, représentant légal du GIE, avec le cachet du GIE.'],
        },
      ],
    },
  },
  societe: {
    fields: {
      ...emptyForm413Fields(),
      'structure.denomination': "Cabinet de radiologie de l'Étang",
      'structure.siret': '73282932000074',
      'representant.qualite': 'titulaireCabinet',
      'representant.nom': 'DUPONT',
      'representant.prenoms': 'ANTOINE',
      'representant.telephone': '0712345678',
      'representant.email': 'adupont@exemple.fr',
      'representant.carte': '1012345678',
      'admin1.carte': '1123750485',
      'admin1.nom': 'LEFEVRE',
      'admin1.prenom': 'EMILIE',
      'admin1.telephone': '0663928301',
      'admin1.email': 'lefevre.emilie@exemple.fr',
      'usage.precisions': 'authentification et signature sur le DMP',
      'usage.editeur': 'Xplore',
      'usage.solution': 'Xplore RIS',
      'offre.org': true,
    },
    cover: {
      title: "Formulaire 413 à signer — Cabinet de radiologie de l'Étang",
      sections: [
        {
          heading: '',
          paragraphs: [
            "Cas 1 : société d'exercice — formulaire 1 sur 1.",
            "À signer par Antoine DUPONT, titulaire du cabinet, avec le cachet de la société d'exercice.",
          ],
        },
      ],
    },
  },
  cabinets: {
    fields: {
      ...emptyForm413Fields(),
      'structure.rppsRang1': '10003926135546',
      'structure.rppsRang2': '10003926135553',
      'structure.rppsRang3': '10003926135561',
      'structure.rppsRang4': '10003926135579',
      'representant.qualite': 'titulaireCabinet',
      'representant.nom': 'LEFÈVRE',
      'representant.prenoms': 'HÉLÈNE',
      'representant.telephone': '0623456793',
      'representant.email': 'helene.lefevre@exemple.fr',
      'representant.carte': '1012345678',
      'admin1.carte': '1107463982',
      'admin1.nom': 'MARTIN',
      'admin1.prenom': 'JEAN',
      'admin1.telephone': '0667529323',
      'admin1.email': 'jean.martin@exemple.fr',
      'admin2.carte': '1123750485',
      'admin2.nom': 'LEFEVRE',
      'admin2.prenom': 'EMILIE',
      'admin2.telephone': '0663928301',
      'admin2.email': 'lefevre.emilie@exemple.fr',
      'admin3.carte': '1198765432',
      'admin3.nom': 'GÉRARD',
      'admin3.prenom': 'FRANÇOIS',
      'admin3.telephone': '0145678912',
      'admin3.email': 'certificats@exemple.fr',
      'usage.precisions':
        'authentification et signature sur le DMP ; usage INS (téléservice INSi : INSI-AUTO, INSI-MANU)',
      'usage.editeur': 'Xplore',
      'usage.solution': 'Xplore RIS',
      'offre.org': true,
    },
    cover: {
      title: 'Formulaire 413 à signer — cabinets de radiologie, formulaire 1 sur 2',
      sections: [
        { heading: '', paragraphs: ['Cas 3 : cabinets de radiologie — formulaire 1 sur 2 (éditeur : Xplore).'] },
        {
          heading: 'Signature',
          paragraphs: ["À signer par Hélène LEFÈVRE, titulaire du cabinet, avec le cachet de l'un de ses cabinets."],
        },
        { heading: 'Envoi', paragraphs: ['Pages 2 et 3 signées, à monserviceclient.certificats@esante.gouv.fr.'] },
      ],
    },
  },
};
