import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFRef } from 'pdf-lib';
import { form413Template, renderForm413 } from '../../../documents/form413';
import { form413Samples } from '../../../documents/form413/samples';

const directory = mkdtempSync(join(tmpdir(), 'form413-pages-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** pdftotext of some pages, with every run of white space as one space (labels wrap inside their cells). */
function textOf(bytes: Uint8Array, first: number, last: number): string {
  const file = join(directory, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-enc', 'UTF-8', file, '-'])
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

const sample = form413Samples.cabinets;
const coverTexts = sample.cover
  ? [
      sample.cover.title,
      ...sample.cover.sections.flatMap((section) => [section.heading, ...section.paragraphs]),
    ].filter(Boolean)
  : [];

describe('the cover page and the official pages', () => {
  it('puts the cover page first, then exactly the two pages of the form, every field on those two', async () => {
    const pdf = await PDFDocument.load(await renderForm413(sample));
    const [cover, ...formPages] = pdf.getPages();
    expect(formPages).toHaveLength(2);
    const formPageRefs = formPages.map((page) => page.ref.toString());
    const widgetPages = pdf
      .getForm()
      .getFields()
      .flatMap((field) => field.acroField.getWidgets().map((widget) => widget.P()));
    expect(widgetPages.every((ref) => ref instanceof PDFRef && formPageRefs.includes(ref.toString()))).toBe(true);
    expect(widgetPages.some((ref) => ref instanceof PDFRef && ref.toString() === cover?.ref.toString())).toBe(false);
  });

  it('prints the cover on page 1 only, and nothing of the form there', async () => {
    const bytes = await renderForm413(sample);
    const [coverPage, formPages] = [textOf(bytes, 1, 1), textOf(bytes, 2, 3)];
    expect(coverTexts.filter((text) => !coverPage.includes(text.replace(/\s+/g, ' ')))).toEqual([]);
    expect(coverTexts.filter((text) => formPages.includes(text.replace(/\s+/g, ' ')))).toEqual([]);
    expect(coverPage).not.toContain('3.1 Identification de la structure');
    expect(coverPage).not.toContain('Cachet de la structure');
  });

  it('is the two pages of the form alone without a cover', async () => {
    const pdf = await PDFDocument.load(await renderForm413({ fields: sample.fields }));
    expect(pdf.getPageCount()).toBe(2);
  });
});

/** The printed labels, as the seed (the ANS guide's pictures of the form) shows them. */
describe('the form prints the labels of the ANS form', () => {
  let text = '';
  beforeAll(async () => {
    text = textOf(await form413Template(), 1, 2);
  });

  it.each([
    [
      "3. Identification de la structure bénéficiaire (L'ensemble des champs doit être complété)",
      "«3. Identification de la structure bénéficiaire (L'ensemble des champs doit étre complété)»",
    ],
    ['3.1 Identification de la structure', '«3.1 Identification de la structure»'],
    ['Dénomination de la structure', '«Dénomination de la structure | Cabinet de radiologie du Rouennais»'],
    [
      "FINESS géographique (sauf structures ne prenant pas en charge d'usagers)",
      "«FINESS géographique (sauf structures ne prenant pas en charge d'usagers)»",
    ],
    ['ou N° SIRET', '«ou N° SIRET | | 1|7|7…»'],
    ['RPPS rang (1)', '«RPPS rang (1)»'],
    [
      "(uniquement pour les cabinets de radiologie, hors sociétés d'exercice)",
      "«{uniquement pour les cobinets de radiclogie, hors sociétés d'exercice|»",
    ],
    [
      '3.2 Identification du représentant légal ou du mandataire ou titulaire du cabinet (uniquement pour les RPPS Rang)',
      '«3.2 Identification du représentant légal ou du mandataire ou titulaire du cabinet (uniquement pour les RPPS Rang)»',
    ],
    ['Responsable légal', '«Etes-vous le : O Responsable légal O Mandataire O Titulaire du cabinet»'],
    ['Mandataire', '«O Mandataire»'],
    ['Titulaire du cabinet', '«@ ) Titulaire du cabinet»'],
    ['Prénom(s)', '«Prénom(s)»'],
    ['Email professionnel', '«Email professionnel»'],
    ['N° de carte', '«N° de carte»'],
    [
      "4. Informations spécifiques (L'ensemble des champs doit être complété)",
      "«4. Informations spécifiques (L'ensemble des champs doit &ire complété)»",
    ],
    ['4.1 Déclaration des administrateurs techniques', '«4.1 Déclaration des administratenrs techniques»'],
    ['N° de carte *', '«N*® de carte®»'],
    ['Nom figurant sur la carte *', '«Nom figurant sur la carte®»'],
    ['Prénom figurant sur la carte *', '«Prénom figurant sur la carte *»'],
    ['Téléphone *', '«Téléphone *»'],
    ['Email professionnel *', '«Email professionnel *»'],
    ['4.2 Usage des certificats et solution utilisée', '«4.2 Usage des certificats et solution utilisée»'],
    ['Solution utilisée', '«Solution utilisée»'],
    [
      'Certificat ORG (Personne morale) usage AUTH_CLI, SIGN, CONF (Ex : DMP, ROR, Annuaire Santé...)',
      '«Certificat ORG (Personne morale) usage AUTH_CLI, SIGN, CONF (Ex : DMP, ROR, Annuaire Santé...)»',
    ],
    [
      'Certificat logiciel SERVEUR usage SSL_SERVEUR (Ex : MSSanté, Diapason, PSIG...)',
      '«Certificat logiciel SERVEUR usage SSL_SERVEUR (Ex : MSSanté, Diapason, PSIG...)»',
    ],
    ['OU Certificat restreint au serveur suivant :', '«OU Certificat restreint au serveur suivant :»'],
    [
      'Certificat logiciel SERVEUR usage SMIME, SIGN, CONF (Ex : Messagerie HPRIM NET...)',
      '«Certificat logiciel SERVEUR usage SMIME, SIGN, CONF (Ex : Messagerie HPRIM NET...)»',
    ],
    [
      'Certificat logiciel PRO (Personne physique) usage AUTH, SIGN, CONF (Ex : Dossier Pharmaceutique...)',
      '«Certificat logiciel PRO (Personne physique) usage AUTH, SIGN, CONF (Ex : Dossier Pharmaceutique...)»',
    ],
    ['Cachet de la structure', "«Cachet de la structure : tamponner le formulaire avec un tampon d'un des cabinets»"],
  ])('«%s» (seed: %s)', (label) => {
    expect(text).toContain(label);
  });

  it('prints one version of the FINESS label, once', () => {
    expect(text.split('FINESS').length - 1).toBe(1);
    expect(text).not.toContain('prenant en charge des patients');
    expect(text).not.toContain('voir notice');
  });

  it.each([
    ['a signature caption', 'Signature du'],
    ['a date line', 'Date :'],
    ['a sending address in the footer', 'monserviceclient'],
    ['a footer asking to return the form', 'Formulaire à retourner'],
    ["the agency's name as a letterhead", 'Agence du Numérique en Santé'],
    ["the assistant's note", 'Assistant 413'],
  ])('invents no official-looking text: no %s', (_what, invented) => {
    expect(text).not.toContain(invented);
  });

  it('numbers its own two pages', () => {
    expect([text.includes('Page 1 / 2'), text.includes('Page 2 / 2')]).toEqual([true, true]);
  });
});
