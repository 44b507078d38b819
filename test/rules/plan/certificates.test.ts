import type { Answers } from '../../../rules/answers';
import { insiNamesFor } from '../../../rules/plan/certificates';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import { answerAll } from '../helpers/answerAll';
import { validFiness, validRppsRang, validSiret } from '../helpers/identifiers';
import { caseChoices, scenario, solutionOf } from '../helpers/scenario';

const today = '2026-03-02';
const order = (structure: Answers, services: string[], insiMode?: string): Answers => ({
  ...structure,
  services,
  pfiRelay: 'no',
  adminDelegation: 'structure',
  ...(insiMode === undefined ? {} : { insiMode }),
});
const gie = (services: string[], insiMode?: string): Answers => order(caseChoices.gie, services, insiMode);
const certificatesOf = (table: Answers) => planFromAnswers(answerAll(scenario(table)).answers, today).certificates;

type Summary = [name: string, fixed: boolean, usages: string[], services: string[]];
const summary = (table: Answers): Summary[] =>
  certificatesOf(table).map((certificate) => [
    certificate.commonName,
    certificate.commonNameFixed,
    certificate.usages,
    certificate.services,
  ]);
const shared = (services: string[], usages: string[]): Summary => [
  `${solutionOf('Xplore')} ${services.map((s) => s.toUpperCase()).join(' ')}`,
  false,
  usages,
  services,
];
const insi = (name: string): Summary => [name, true, ['AUTH_CLI'], ['insi']];
const dmpSign: Summary = [`${solutionOf('Xplore')} DMP SIGN`, false, ['SIGN'], ['dmp']];

/**
 * Guide §1 and §6.6: what to request on the platform for each set of services. Seed: the DMP needs «ORG SIGN -
 * signature électronique des documents avant envoi» and «ORG AUTH_CLI - authentification auprès du DMP», «2
 * certificats sont nécessaires»; INSi's «nommage […] (INSI-MANU / INSI-AUTO) selon le type d'appels».
 */
describe('certificates of one structure', () => {
  it.each<[string, Summary[], Answers]>([
    ['DMP: two certificates, AUTH_CLI and SIGN', [shared(['dmp'], ['AUTH_CLI']), dmpSign], gie(['dmp'])],
    ['INSi automated: INSI-AUTO', [insi('INSI-AUTO')], gie(['insi'], 'auto')],
    ['INSi manual: INSI-MANU', [insi('INSI-MANU')], gie(['insi'], 'manu')],
    ['INSi both: two certificates', [insi('INSI-AUTO'), insi('INSI-MANU')], gie(['insi'], 'both')],
    [
      'DMP and INSi: INSi apart from the DMP ones',
      [shared(['dmp'], ['AUTH_CLI']), dmpSign, insi('INSI-AUTO')],
      gie(['dmp', 'insi'], 'auto'),
    ],
    ['MSSanté: AUTH_CLI only', [shared(['mssante'], ['AUTH_CLI'])], gie(['mssante'])],
    ['PSC: AUTH_CLI only', [shared(['psc'], ['AUTH_CLI'])], gie(['psc'])],
    ['MSSanté and PSC share one AUTH_CLI', [shared(['mssante', 'psc'], ['AUTH_CLI'])], gie(['mssante', 'psc'])],
    [
      'DMP, MSSanté and PSC share the DMP AUTH_CLI',
      [shared(['dmp', 'mssante', 'psc'], ['AUTH_CLI']), dmpSign],
      gie(['dmp', 'mssante', 'psc']),
    ],
    [
      'everything, INSi both',
      [shared(['dmp', 'mssante', 'psc'], ['AUTH_CLI']), dmpSign, insi('INSI-AUTO'), insi('INSI-MANU')],
      gie(['dmp', 'insi', 'mssante', 'psc'], 'both'),
    ],
  ])('%s', (_case, expected, table) => {
    expect(summary(table)).toEqual(expected);
  });

  it.each([
    ['auto', ['INSI-AUTO']],
    ['manu', ['INSI-MANU']],
    ['both', ['INSI-AUTO', 'INSI-MANU']],
  ] as const)('insiNamesFor(%s) is %j, upper case, no spaces', (mode, names) => {
    expect(insiNamesFor(mode)).toEqual(names);
  });

  it('keeps a suggested name within the 64 characters of a CN', () => {
    const table = { ...gie(['dmp', 'mssante', 'psc']), solutionName: 'R'.repeat(120) };
    const [authentication, signature] = certificatesOf(table);
    expect(authentication?.commonName.length).toBeLessThanOrEqual(64);
    expect(signature?.commonName).toMatch(/^R+ DMP SIGN$/);
    expect(signature?.commonName.length).toBeLessThanOrEqual(64);
  });
});

/** Certificates belong to one structure: Cas 3 orders one set per RPPS-rang (guide §2, §8 for the prefixes). */
describe('certificates per structure', () => {
  const cabinets: Answers = {
    ...caseChoices.cabinet,
    services: ['dmp', 'insi'],
    pfiRelay: 'no',
    insiMode: 'both',
    adminDelegation: 'editor',
    cabinetCount: 3,
  };

  it.each<[string, string[], Answers]>([
    ['Cas 1 under 3 + SIRET', [`3${validSiret(1)}`], order(caseChoices.societe, ['dmp'])],
    ['Cas 2 under 1 + FINESS', [`1${validFiness(1)}`], gie(['dmp'])],
    ['Cas 3 under 4 + each RPPS-rang', [1, 2, 3].map((rang) => `4${validRppsRang(rang)}`), cabinets],
  ])('%s', (_case, nationalIds, table) => {
    const certificates = certificatesOf(table);
    const perStructure = certificates.length / nationalIds.length;
    expect(certificates.map((certificate) => certificate.structure.nationalStructureId)).toEqual(
      nationalIds.flatMap((id) => Array.from({ length: perStructure }, () => id)),
    );
  });

  it('gives every cabinet the same set: DMP AUTH_CLI, DMP SIGN, INSI-AUTO, INSI-MANU', () => {
    const names = certificatesOf(cabinets).map((certificate) => certificate.commonName);
    expect(names.filter((name) => name.startsWith('INSI-'))).toEqual([
      'INSI-AUTO',
      'INSI-MANU',
      'INSI-AUTO',
      'INSI-MANU',
      'INSI-AUTO',
      'INSI-MANU',
    ]);
    expect(names.filter((name) => name.endsWith('DMP SIGN'))).toHaveLength(3);
    expect(names).toHaveLength(12);
  });

  // Each cabinet's certificate is installed in its own editor's RIS: its suggested name should name that solution.
  it("names a cabinet's shared certificate after its own editor's solution when the cabinets use two editors", () => {
    const table = {
      ...cabinets,
      cabinetCount: 2,
      'cabinet[1].editorName': 'Xplore',
      'cabinet[2].editorName': 'Telemis',
    };
    const names = certificatesOf(table)
      .filter((certificate) => !certificate.commonNameFixed)
      .map((certificate) => certificate.commonName);
    expect(names).toEqual([
      `${solutionOf('Xplore')} DMP`,
      `${solutionOf('Xplore')} DMP SIGN`,
      `${solutionOf('Telemis')} DMP`,
      `${solutionOf('Telemis')} DMP SIGN`,
    ]);
  });
});
