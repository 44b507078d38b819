import { asTable, playCase, runTranscript } from './transcript';
import { freeTextCases } from './cases/freeText';
import { finess } from './cases/identifiers';
import { gieFromFiness } from './cases/paths';

describe('free French answers to choice questions', () => {
  it.each(asTable(freeTextCases))('%s', playCase);

  it('a whole request in free text reaches the plan: every service, INSi both ways, editor delegation', async () => {
    const { plan } = await runTranscript({
      name: 'free text',
      steps: [
        ['bonjour', 'risController'],
        ["c'est un GIE", 'sharedCertifiedRis'],
        ['non', 'services'],
        ['tous', 'pfiRelay'],
        ['non', 'insiMode'],
        ['les deux', 'adminDelegation'],
        ["c'est l'éditeur", 'denomination'],
        ['GIE du Morvan', 'finess'],
        ...gieFromFiness(finess(1)),
        ["oui, c'est correct", { outcome: 'form413' }],
      ],
      outcome: { kind: 'form413', forms: 1 },
    });
    expect(plan?.forms[0]).toMatchObject({
      usageServices: ['dmp', 'insi', 'mssante', 'psc'],
      insiMode: 'both',
      caseNumber: 2,
    });
    expect(plan?.certificates.map((certificate) => certificate.commonName)).toEqual(
      expect.arrayContaining(['INSI-AUTO', 'INSI-MANU']),
    );
  });
});
