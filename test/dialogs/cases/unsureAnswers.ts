import type { Practitioner } from '../../../rules/directory/place';
import { memoryDirectory } from '../memoryDirectory';
import type { Step, TranscriptCase } from '../transcript';
import { finess } from './identifiers';
import { confirmSteps, gieFromFiness, gieToFiness, opening } from './paths';

/** What the bot says before asking again when nothing was recorded (locales/fr/unsure.json). */
const nothingNoted = 'je ne note rien pour cette question';
const nothingNotedYet = "je ne note rien pour l'instant";

/** Up to the PFI question: a GIE, DMP only. */
export const toPfiRelay: Step[] = gieToFiness.slice(0, 4);
/** From «non» to the PFI question to the summary. */
const fromPfiRelay: Step[] = [...gieToFiness.slice(4), ...gieFromFiness(finess(1))];

/** Two Émilie LEFÈVRE practise in Lyon, one also in Nantes (fictional). */
const lefevres: Practitioner[] = [
  {
    rpps: '10003926135',
    lastName: 'LEFÈVRE',
    firstName: 'Émilie',
    places: [
      { denomination: 'CABINET DE RADIOLOGIE DES BROTTEAUX', postalCode: '69006', town: 'LYON', sectorCode: 'SA08' },
    ],
  },
  {
    rpps: '10100000018',
    lastName: 'LEFÈVRE',
    firstName: 'Émilie',
    places: [
      { denomination: 'SELARL IMAGERIE DE LA PART-DIEU', postalCode: '69003', town: 'LYON', sectorCode: 'SA09' },
      { denomination: 'CABINET DE RADIOLOGIE DE NANTES', postalCode: '44000', town: 'NANTES', sectorCode: 'SA07' },
    ],
  },
];

/** «Je ne sais pas», a question back, «demandez à l'éditeur»: help, whom to ask, the same slot; never a choice. */
export const unsureCases: TranscriptCase[] = [
  {
    name: 'pfiRelay: not knowing, a question back, a hedged «oui», asking the editor — the same slot each time, then «non» recorded',
    steps: [
      ...toPfiRelay,
      [
        "aucune idée, l'éditeur s'en occupe",
        'pfiRelay',
        [
          nothingNoted,
          'Une PFI est un service tiers',
          'votre éditeur de RIS, qui sait si vos comptes rendus passent par une PFI',
        ],
      ],
      ["c'est quoi une PFI ?", 'pfiRelay', 'Une PFI est un service tiers'],
      ['oui mais je ne suis pas sûre', 'pfiRelay', nothingNoted],
      ["demandez à l'éditeur", 'pfiRelay', nothingNotedYet],
      ...fromPfiRelay,
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
  },
  {
    name: 'hospitalRisCertified: «je ne sais pas» sends to the hospital’s IT, «pas encore» is a real «non»',
    steps: [
      ...opening,
      ['hôpital', 'hospitalRisCertified'],
      ['je ne sais pas', 'hospitalRisCertified', [nothingNoted, "le service informatique (DSI) de l'établissement"]],
      ['pas encore, il faut que le docteur signe', { outcome: 'establishment' }],
    ],
    outcome: { kind: 'establishment', forms: 0 },
  },
  {
    name: 'confirm: a hedged «oui», «je ne sais pas» and a question back confirm nothing; a change asked as a question is a change',
    steps: [
      ...gieToFiness,
      ...gieFromFiness(finess(1)),
      ['oui mais je ne suis pas sûre', 'confirm', [nothingNoted, 'Le signataire peut vérifier ses informations']],
      ['je ne sais pas', 'confirm', 'Le signataire peut vérifier ses informations'],
      ["c'est quoi le FINESS géographique", 'confirm', 'Le signataire peut vérifier ses informations'],
      ['pouvez-vous changer le FINESS ?', 'finess'],
      [finess(1), 'confirm'],
      ...confirmSteps,
    ],
    outcome: { kind: 'form413', forms: 1 },
  },
  {
    name: 'follow-up: offer, date sent, reference, ANS confirmation and a platform step — not knowing is never a choice',
    steps: [
      ...gieToFiness,
      ...gieFromFiness(finess(1)),
      ...confirmSteps,
      ['aucune idée', 'followUp.offer', 'je reviendrai vers vous quand sa réponse sera attendue'],
      ['pas encore, il faut que le docteur signe', 'followUp.offer', "Le formulaire n'a pas besoin d'être déjà envoyé"],
      ['oui', 'followUp.sentOn'],
      ['je ne sais pas', 'followUp.sentOn', 'Regardez la date du courriel envoyé'],
      ['pas encore, il faut que le docteur signe', null, 'Entendu.'],
      ['20/11/2026', 'followUp.reference'],
      ["c'est quoi la référence ?", 'followUp.reference', "l'accusé de réception que l'ANS envoie"],
      ['aucune idée', null, "C'est noté."],
      // «aucune idée» is the choice «Pas de référence»: no reference is recorded, none is named.
      ['bonjour', 'followUp.ansConfirmed', 'dossier sans référence'],
      ['je ne sais pas', 'followUp.ansConfirmed', "La confirmation de l'ANS arrive par courriel"],
      ['oui mais je ne suis pas sûre', 'followUp.ansConfirmed'],
      ['oui', 'walkthrough.step', 'Connectez-vous'],
      [
        "c'est quoi Pro Santé Connect ?",
        'walkthrough.step',
        ['Cette étape se fait sur la plateforme', 'Connectez-vous'],
      ],
      ['oui mais je ne suis pas sûre', 'walkthrough.step', 'Connectez-vous'],
      ['fait', 'walkthrough.step', 'Gestion des produits'],
    ],
    outcome: { kind: 'form413', forms: 1 },
  },
  {
    name: 'Annuaire Santé look-up: a question back is no name; «je ne sais pas» at each look-up question gets where to find the answer',
    directory: () => memoryDirectory(lefevres),
    steps: [
      ...opening,
      ['libéral', 'sectorCode'],
      ["c'est quoi le secteur d'activité", 'sectorCode', 'le radiologue ou son secrétariat, avec annuaire.sante.fr'],
      ['annuaire', 'directory.query'],
      ['je ne sais pas', 'directory.query', 'figure sur ses comptes rendus'],
      ['Émilie Lefèvre', 'directory.town'],
      ['aucune idée', 'directory.town', 'dans quelle ville il exerce'],
      ['Lyon', 'directory.practitioner'],
      ['je ne sais pas', 'directory.practitioner', 'les villes où chacun exerce'],
      ['Émilie LEFÈVRE (LYON)', 'directory.place', 'CABINET DE RADIOLOGIE DES BROTTEAUX'],
      ['je ne sais pas', 'directory.place', 'Choisissez le lieu où se trouve le RIS'],
      ['oui mais je ne suis pas sûre', 'directory.place', nothingNoted],
      ['oui', 'services', 'SA08'],
    ],
  },
  {
    name: 'English: «no idea, the vendor takes care of it» at the PFI question is no answer',
    locale: 'en-US',
    steps: [
      ['hello', 'risController'],
      ["it's a GIE", 'sharedCertifiedRis'],
      ['no', 'services'],
      ['DMP', 'pfiRelay'],
      [
        'no idea, the vendor takes care of it',
        'pfiRelay',
        ["I'm not recording anything", 'your RIS vendor, who knows whether your reports go through a PFI'],
      ],
      ['no', 'adminDelegation'],
    ],
  },
];
