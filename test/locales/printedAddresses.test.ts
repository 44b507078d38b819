import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * Every address the bot may print, each with where it comes from: the seed (the ANS guide, quoted as OCR'd) or
 * guide.md §8. An address nobody can trace is an address a user cannot trust.
 */
const printed: Readonly<Record<string, string>> = {
  'https://esante.gouv.fr/documents/413':
    "seed: «Ce formulaire est téléchargeable à l'adresse suivante : https://esante.gouv.fr/documents/413»",
  'https://www.demarches-simplifiees.fr/commencer/f413':
    'seed: «ou sur le site : https://www.demarches-simplifiees.fr/commencer/f413»',
  'https://www.demarches-simplifiees.fr/commencer/contrat-d-adhesion-f101':
    'seed: «réalisée en ligne via le lien ci-contre : https://www.demarches-simplifiees.fr/commencer/contrat-d-adhesion-f101»',
  'https://esante.gouv.fr/sites/default/files/media_entity/documents/Contrat_adhesion.pdf':
    'seed: «https://esante.gouv.fr/sites/default/files/media_entity/documents/Contrat_adhesion.pdf»',
  'https://esante.gouv.fr/documents/101': 'seed: «au lien suivant : https://esante.gouv.fr/documents/101»',
  'https://esante.gouv.fr/documents/301': 'seed: «via le formulaire 301: https://esante.gouv.fr/documents/301»',
  'https://esante.gouv.fr/sites/default/files/media_entity/documents/F503.pdf':
    'seed: «via le formulaire 503 : https://esante.gouv.fr/sites/default/files/media_entity/documents/F503.pdf»',
  'https://esante.gouv.fr/sites/default/files/media_entity/documents/segur-numerique-hopital-guide-certificats.pdf':
    'seed: «https://esante.gouv.fr/sites/default/files/media_entity/documents/segur-numerique-hopital-guide-certificats.pdf»',
  'https://tops.eservices.esante.gouv.fr/tops/pageAccueil/accueil.html':
    'seed: «https://tops.eservices.esante.gouv.fr/tops/pageAccueil/accueil.html»',
  'https://annuaire.sante.fr': 'seed: «https://annuaire.sante.fr/», «L’annuaire santé (annuaire.sante.fr)»',
  'https://pfc.eservices.esante.gouv.fr':
    "seed: «la plateforme IGC Santé a l'adresse suivante : https://pfc.eservices.esante.gouv.fr»",
  'https://industriels.esante.gouv.fr':
    'seed: «https://industriels.esante.gouv.fr/fag-des-industriels?f%5B0%5D=theme%3A624» (its site: the OCR garbles the path)',
  'https://gateway.api.esante.gouv.fr/fhir/v2':
    'guide.md §8: «The FHIR API «Annuaire Santé en libre accès»: https://gateway.api.esante.gouv.fr/fhir/v2»',
  'monserviceclient.certificats@esante.gouv.fr':
    "seed: «le renvoie a l'adresse mail suivante : monserviceclient.certificats@esante.gouv.fr»",
  'monserviceclient.annuaire@esante.gouv.fr': "seed: «contacter l'ANS via : monserviceclient.annuaire@esante.gouv.fr»",
  'noreply@pfc.eservices.esante.gouv.fr': 'guide.md §8: «from noreply@pfc.eservices.esante.gouv.fr (not in the seed)»',
  'annuaire.sante.fr': 'seed: «L’annuaire santé (annuaire.sante.fr)»',
  'pfc.eservices.esante.gouv.fr': 'seed: «https://pfc.eservices.esante.gouv.fr»',
  'domaine.fr': "seed, the form's own text: «ex : domaine.fr.»",
  'nomdeserveur.domaine.fr': "seed, the form's own text: «ex : nomdeserveur.domaine.fr»",
};

/** The seed's examples use exemple.fr («adupont@exemple.fr»): example addresses stay on that domain. */
const isSeedExample = (address: string) => /^[a-z0-9._-]+@exemple\.fr$/i.test(address) || address === 'exemple.fr';

/** Addresses in the code that are never shown to a user, each with why. */
const notPrinted: ReadonlyArray<readonly [RegExp, string]> = [
  [/^https?:\/\/(localhost|127\.0\.0\.1)\b/, 'the local server, in start-up logs and tests'],
  [/^https:\/\/host\/path$/, 'the shape of a setting, in a configuration error for the operator'],
  [/^http:\/\/adaptivecards\.io\/schemas\/adaptive-card\.json$/, "the Adaptive Card's schema identifier"],
  [/^https?:\/\/finess\.(e)?sante\.gouv\.fr$/, "FHIR identifier systems of the Annuaire Santé's answers"],
  [/^https:\/\/mos\.esante\.gouv\.fr\/NOS\//, "FHIR code systems of the Annuaire Santé's answers"],
];

const url = /https?:\/\/[^\s"'`)<>\\]+/g;
const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,}/g;
/** A bare host in user text («annuaire.sante.fr»), not inside a URL or an e-mail address. */
const bareHost = /(?<![\w@/.-])(?:[a-z0-9-]+\.)+(?:fr|com|org|net|io)\b(?![\w/@-])/gi;

function files(folder: string, pattern: RegExp): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'sample' ? [] : files(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

const trimmed = (address: string) => address.replace(/[.,;:]+$/, '');
const found = (paths: string[], patterns: RegExp[]) =>
  paths.flatMap((path) => {
    const text = readFileSync(path, 'utf8');
    return patterns.flatMap((pattern) =>
      [...text.matchAll(pattern)].map((match) => ({ file: relative(root, path), address: trimmed(match[0]) })),
    );
  });

const localeAddresses = found(files(join(root, 'locales'), /\.json$/), [url, email, bareHost]);
const codeAddresses = found(
  ['rules', 'dialogs', 'documents', 'bot', 'annuaire', 'teamsPackage', 'locales', 'public'].flatMap((folder) =>
    files(join(root, folder), /\.(ts|js|html)$/),
  ),
  [url, email],
);
// Sample documents of the bench and tests are data, not what the bot prints: their addresses must still be examples.
const isUnknown = ({ address }: { address: string }) =>
  !(address in printed) &&
  !isSeedExample(address) &&
  !notPrinted.some(([pattern]) => pattern.test(address)) &&
  !/\$\{|PORT/.test(address);

describe('every e-mail address and URL the bot prints comes from the seed or guide.md §8', () => {
  it('finds the addresses of the locales and the code', () => {
    expect(localeAddresses.map(({ address }) => address)).toEqual(
      expect.arrayContaining(['annuaire.sante.fr', 'noreply@pfc.eservices.esante.gouv.fr']),
    );
    expect(codeAddresses.map(({ address }) => address)).toEqual(
      expect.arrayContaining(['https://esante.gouv.fr/documents/413', 'monserviceclient.certificats@esante.gouv.fr']),
    );
  });

  it('in the locales: only listed addresses and the seed’s example domain', () => {
    expect(localeAddresses.filter(isUnknown)).toEqual([]);
  });

  it('in the code: only listed addresses, examples, and identifiers that are never shown', () => {
    expect(codeAddresses.filter(isUnknown)).toEqual([]);
  });

  it.each(Object.entries(printed))('%s is used somewhere (%s)', (address) => {
    const everywhere = [...localeAddresses, ...codeAddresses].map((each) => each.address);
    // The annuaire support address belongs to a change made in parallel: listed, but not required to be used yet.
    if (address !== 'monserviceclient.annuaire@esante.gouv.fr') expect(everywhere).toContain(address);
  });
});
