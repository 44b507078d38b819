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

/** «Je ne sais pas», a question back, «demandez à l'éditeur»: help, whom to ask, the same slot; never a choice. */
export const unsureCases: TranscriptCase[] = [
  {
    name: 'pfiRelay: not knowing, a question back, a hedged «oui», asking the editor — the same slot each time, then «non» recorded',
    steps: [
      ...toPfiRelay,
      ["aucune idée, l'éditeur s'en occupe", 'pfiRelay', [nothingNoted, 'Une PFI est un service tiers', 'votre éditeur de RIS, qui sait si vos comptes rendus passent par une PFI']],
      ["c'est quoi une PFI ?", 'pfiRelay', 'Une PFI est un service tiers'],
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
    name: 'English: «no idea, the vendor takes care of it» at the PFI question is no answer',
    locale: 'en-US',
    steps: [
      ['hello', 'risController'],
      ["it's a GIE", 'sharedCertifiedRis'],
      ['no', 'services'],
      ['DMP', 'pfiRelay'],
      ['no idea, the vendor takes care of it', 'pfiRelay', ["I'm not recording anything", 'your RIS vendor, who knows whether your reports go through a PFI']],
      ['no', 'adminDelegation'],
    ],
  },
];
