import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outcomeText } from '../../../dialogs/outcome/outcomeText';
import { renderForm413 } from '../../../documents/form413';
import { coverPage, form413Request } from '../../../documents/form413Request';
import { getI18n } from '../../../locales';
import type { Answers } from '../../../rules/answers';
import { planFromAnswers } from '../../../rules/planFromAnswers';
import type { Plan } from '../../../rules/plan/schema';
import { answerAll } from '../../rules/helpers/answerAll';
import { caseChoices, commonChoices, scenario } from '../../rules/helpers/scenario';

const directory = mkdtempSync(join(tmpdir(), 'cover-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const fr = getI18n().getFixedT('fr');
const planOf = (table: Answers): Plan =>
  planFromAnswers(answerAll(scenario({ ...commonChoices, ...table })).answers, '2026-11-30');
const coverText = (plan: Plan, index = 0) => {
  const form = plan.forms[index];
  if (!form) throw new Error('no such form');
  const cover = coverPage(fr, plan, form);
  return [cover.title, ...cover.sections.flatMap((section) => [section.heading, ...section.paragraphs])]
    .join('\n')
    .replace(/\u00a0/g, ' ');
};

/** Issue 12, point 5: the cover page says what the PDF is, who signs it by name, whose stamp, where it goes, what follows. */
describe('the cover page of a Form 413', () => {
  it.each([
    ['Cas 2, GIE', caseChoices.gie, 'ANTOINE DUPONT (représentant légal, partie 3.2)', 'le cachet du GIE'],
    [
      "Cas 1, société d'exercice",
      caseChoices.societe,
      'ANTOINE DUPONT (titulaire du cabinet, partie 3.2)',
      "le cachet de la société d'exercice",
    ],
    [
      'Cas 3, one cabinet',
      { ...caseChoices.cabinet, cabinetCount: 1 },
      'ANTOINE DUPONT (titulaire du cabinet, partie 3.2)',
      "le cachet de l'un des cabinets du radiologue",
    ],
  ])(
    '%s: the signer by name, the stamp, the address, the official form and the online procedure',
    (_case, table, signer, stamp) => {
      const text = coverText(planOf(table));
      for (const words of [
        'elle ne fait pas partie du formulaire',
        'pages 2 et 3 de ce PDF',
        signer,
        `Apposez ${stamp}`,
        'monserviceclient.certificats@esante.gouv.fr',
        'https://esante.gouv.fr/documents/413',
        'https://www.demarches-simplifiees.fr/commencer/f413',
        "environ 3 jours ouvrés à compter de l'envoi",
      ])
        expect(text).toContain(words);
    },
  );

  it('names each form’s own signatory from its section 3.2 (one set of forms per radiologist)', () => {
    const plan = planOf({ ...caseChoices.cabinet, cabinetCount: 5 });
    const second = plan.forms[1];
    if (!second) throw new Error('5 cabinets make two forms');
    second.fields = { ...second.fields, 'representant.nom': 'MOREAU', 'representant.prenoms': 'CLAIRE' };
    expect(
      [coverText(plan, 0), coverText(plan, 1)].map((text) => /^2\. Imprimez-les\. (.+?) \(/m.exec(text)?.[1]),
    ).toEqual(['ANTOINE DUPONT', 'CLAIRE MOREAU']);
    const outcome = outcomeText(fr, plan, []).replace(/\u00a0/g, ' ');
    expect(outcome).toContain('formulaire 1 : ANTOINE DUPONT (titulaire du cabinet)');
    expect(outcome).toContain('formulaire 2 : CLAIRE MOREAU (titulaire du cabinet)');
  });

  it('is in the user’s language while the form stays French', () => {
    const plan = planOf(caseChoices.gie);
    const form = plan.forms[0];
    if (!form) throw new Error('no form');
    const request = form413Request(getI18n().getFixedT('en'), fr, plan, form);
    expect(request.cover.title).toBe('Pre-filled Form 413: read before signing');
    expect(request.fields['usage.precisions']).toContain('authentification et signature sur le DMP');
  });

  it('prints as page 1 of the PDF, the form after it', async () => {
    const plan = planOf(caseChoices.gie);
    const form = plan.forms[0];
    if (!form) throw new Error('no form');
    const request = form413Request(fr, fr, plan, form);
    const file = join(directory, 'gie.pdf');
    writeFileSync(file, await renderForm413({ fields: request.fields, cover: request.cover }));
    const page = (number: number) =>
      execFileSync('pdftotext', ['-f', String(number), '-l', String(number), '-enc', 'UTF-8', file, '-'])
        .toString('utf8')
        .replace(/\s+/g, ' ');
    expect(page(1)).toContain('ANTOINE DUPONT (représentant légal, partie 3.2)');
    expect(page(2)).toContain('3.1 Identification de la structure');
    expect(page(2)).not.toContain('ANTOINE DUPONT (représentant légal');
  });
});
