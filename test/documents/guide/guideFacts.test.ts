import { guideAsText, implementationGuide } from '../../../documents/guide/guideContent';
import { getI18n, Language } from '../../../locales';
import type { Answers } from '../../../rules/answers';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import { answerAll } from '../../rules/helpers/answerAll';
import { caseChoices, scenario } from '../../rules/helpers/scenario';

const today = '2026-11-30';
const order = (structure: Answers, adminDelegation: 'editor' | 'structure', extra: Answers = {}): Answers => ({
  ...structure,
  services: ['dmp', 'insi'],
  pfiRelay: 'no',
  insiMode: 'both',
  adminDelegation,
  ...extra,
});
const guide = (table: Answers, language: Language = 'fr') =>
  guideAsText(
    implementationGuide(getI18n().getFixedT(language), planFromAnswers(answerAll(scenario(table)).answers, today)),
  );

const gieByEditor = guide(order(caseChoices.gie, 'editor'));
const cabinetsByStructure = guide(order(caseChoices.cabinet, 'structure', { cabinetCount: 2 }));
const gieInEnglish = guide(order(caseChoices.gie, 'editor'), 'en');

/** Each fact of the guide with the seed's words it comes from (guide.md §8 where the seed is silent). */
describe('the implementation guide states the ANS guide’s facts', () => {
  it.each([
    [
      'the DMP needs two certificates, AUTH_CLI and SIGN',
      '« ORG SIGN - signature électronique des documents avant envoi […] 2 certificats sont nécessaires »',
      'Le DMP demande 2\u00a0certificats',
      /ORG AUTH_CLI \(authentification auprès du DMP lors de l'alimentation\) et ORG SIGN/,
    ],
    [
      'both are obtained and both installed',
      '« ORG_AUTH et ORG_SIGN (les deux types de certificats nécessaires pour le DMP) »',
      'obtenez et installez les deux',
      /installez les deux certificats, AUTH_CLI et SIGN/,
    ],
    [
      'INSi names come from the INSi integration guide',
      '« SEL-MP-043 […], et notamment son annexe 3 »',
      'SEL-MP-043, annexe 3',
      /saisissez exactement INSI-AUTO/,
    ],
    [
      'the ANS’s expiry notice goes to the platform’s addresses',
      '« Une notification est envoyée […] avant l’expiration du certificat […] aux adresses mails […] renseignées sur la plateforme »',
      "aux adresses e-mail renseignées sur la plateforme (« Email de l'acteur »)",
      /pas à celles du formulaire 413/,
    ],
    [
      'our reminder is ours',
      '« nous vous recommandons d’implémenter une alerte du côté de l’administrateur »',
      'Le rappel .ics joint est le nôtre',
      /il tombe 60 jours avant l'expiration/,
    ],
    [
      'the CSR can be created online, assisted',
      '« Cas 2 : Soit l’administrateur technique n’a pas de CSR et peut la créer en ligne […] de manière assistée »',
      'case de création assistée de la CSR en ligne',
      /Sans OpenSSL/,
    ],
    [
      'the official form, our PDF, the online procedure',
      "« téléchargeable à l'adresse suivante : https://esante.gouv.fr/documents/413 ou sur le site : https://www.demarches-simplifiees.fr/commencer/f413 »",
      "C'est le formulaire officiel de l'ANS (https://esante.gouv.fr/documents/413), que l'Assistant 413 a pré-rempli pour signature",
      /en ligne \(https:\/\/www\.demarches-simplifiees\.fr\/commencer\/f413\)/,
    ],
    [
      'about 3 working days from sending',
      '« Cette démarche prend environ 3 jours ouvrés »',
      "environ 3 jours ouvrés à compter de l'envoi",
      /traité par l'ANS/,
    ],
    [
      'the editor’s contract with the ANS where the editor administers',
      '« L’éditeur doit disposer d’un contrat avec l’ANS »',
      "l'éditeur doit disposer d'un contrat avec l'ANS",
      /formulaire 301/,
    ],
  ])('%s (seed: %s)', (_fact, _seed, words, pattern) => {
    expect(gieByEditor.replace(/\u00a0/g, ' ')).toContain(words.replace(/\u00a0/g, ' '));
    expect(gieByEditor.replace(/\u00a0/g, ' ')).toMatch(pattern);
  });

  it('gives no figure for the ANS’s own notice (the seed says a month, another ANS page 60 days: guide.md §8)', () => {
    const notice = gieByEditor.split('\n\n').find((paragraph) => paragraph.includes("avant l'expiration aux adresses"));
    expect(notice).toBeDefined();
    expect(notice?.replace('formulaire 413', '')).not.toMatch(/\d/);
    expect(gieByEditor).not.toMatch(/un mois avant/);
  });

  it('gives openssl for Linux and for Windows and the assisted creation, never a command of this repository', () => {
    for (const text of [gieByEditor, cabinetsByStructure, gieInEnglish]) {
      expect(text).toContain('openssl req -new -newkey rsa:2048 -sha256 -nodes \\');
      expect(text).toContain('openssl req -new -newkey rsa:2048 -sha256 -nodes `');
      expect(text).not.toMatch(/\bnpm\b/);
    }
  });

  it('asks a structure’s own admin for a CPS or CPE card (TOPS), not for an editor contract', () => {
    expect(cabinetsByStructure).toContain('carte CPS ou CPE active');
    expect(cabinetsByStructure).not.toContain("contrat avec l'ANS");
  });

  it('never builds a CSR whose O is a number: without one raison sociale, no O at all', () => {
    const subjects = [...cabinetsByStructure.matchAll(/-subj "([^"]+)"/g)].map((match) => match[1]);
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.filter((subject) => /\/O=/.test(subject ?? ''))).toEqual([]);
    expect(
      [...gieByEditor.matchAll(/-subj "([^"]+)"/g)].every((match) => match[1]?.startsWith('/C=FR/O=GIE DU MORVAN/CN=')),
    ).toBe(true);
  });

  it('in English too: two DMP certificates, SEL-MP-043 annex 3, the notice before expiry without a figure', () => {
    expect(gieInEnglish).toContain('The DMP needs 2 certificates');
    expect(gieInEnglish).toContain('SEL-MP-043, annex 3');
    expect(gieInEnglish).toContain('sends a notice before expiry to the e-mail addresses entered on the platform');
  });
});
