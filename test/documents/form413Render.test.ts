import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFForm } from 'pdf-lib';
import { ZodError } from 'zod';
import { Form413Document, form413Template, renderForm413 } from '../../documents/form413';
import { form413Samples } from '../../documents/form413/samples';
import { form413CheckBoxNames } from '../../documents/form413/checkBoxes';
import { emptyForm413Fields, Form413Fields, form413FieldsSchema } from '../../rules/form413Fields';

const directory = mkdtempSync(join(tmpdir(), 'form413-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const isCheckBox = (name: string) => form413CheckBoxNames.some((box) => box === name);

/** Every field read back through pdf-lib's typed getters, by its dotted name. */
function readBack(form: PDFForm): Form413Fields {
  const values: Record<string, string | boolean | null> = {};
  for (const name of Object.keys(form413FieldsSchema.shape)) {
    if (name === 'representant.qualite') values[name] = form.getRadioGroup(name).getSelected() ?? null;
    else if (isCheckBox(name)) values[name] = form.getCheckBox(name).isChecked();
    else values[name] = form.getTextField(name).getText() ?? '';
  }
  return form413FieldsSchema.parse(values);
}

function save(bytes: Uint8Array, name: string): string {
  const file = join(directory, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** Share of non-white pixels of page 1 at 50 dpi (`pdftoppm -gray` writes a binary PGM: «P5 width height maxval» then bytes). */
function inkOnPage1(file: string): number {
  const prefix = join(directory, `${Math.random().toString(36).slice(2)}-page1`);
  execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', '1', '-l', '1', '-singlefile', file, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const pixels = pgm.subarray(header[0].length);
  expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
  return pixels.filter((value) => value < 250).length / pixels.length;
}

const noSpace = (text: string) => text.replace(/\s+/g, '');
const combed = /^structure\.(finess|siret|rppsRang\d)$/;
const cases = Object.entries(form413Samples);

describe('renderForm413', () => {
  it.each(cases)('%s: every field, the radio choice and the boxes read back by name', async (_name, doc) => {
    const pdf = await PDFDocument.load(await renderForm413(doc));
    expect(pdf.getPageCount()).toBe(2);
    const form = pdf.getForm();
    expect(readBack(form)).toEqual(doc.fields);
    // Still a fillable form, with exactly the contract's field names.
    expect(form.getFields().map((field) => field.getName()).sort()).toEqual(Object.keys(form413FieldsSchema.shape).sort());
  });

  it.each(cases)('%s: qpdf accepts it, the values print with their accents, page 1 has ink', async (name, doc) => {
    const file = save(await renderForm413(doc), name);
    expect(execFileSync('qpdf', ['--check', file]).toString()).toContain('No syntax or stream encoding errors');
    const pdftotext = (...options: string[]) => noSpace(execFileSync('pdftotext', [...options, '-enc', 'UTF-8', file, '-']).toString('utf8'));
    // Identifier boxes print one character per box: their digits only line up in layout mode.
    const text = { flowing: pdftotext(), layout: pdftotext('-layout') };
    const missing = Object.entries(doc.fields).filter(
      ([field, value]) => field !== 'representant.qualite' && typeof value === 'string' && !text[combed.test(field) ? 'layout' : 'flowing'].includes(noSpace(value)),
    );
    expect(missing).toEqual([]);
    expect(doc.coverNote.filter((line) => !text.flowing.includes(noSpace(line)))).toEqual([]);
    const blank = inkOnPage1(save(await form413Template(), 'blank'));
    expect(blank).toBeGreaterThan(0.03);
    expect(inkOnPage1(file)).toBeGreaterThan(blank);
  });

  it('prints the official French labels, the sending address and the page numbers', async () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', save(await form413Template(), 'labels'), '-']).toString('utf8');
    for (const label of [
      '3.1 Identification de la structure',
      'Dénomination de la structure',
      'Êtes-vous le :',
      '4.1 Déclaration des administrateurs techniques',
      'Prénom figurant sur la carte *',
      '4.2 Usage des certificats et solution utilisée',
      'Certificat ORG (Personne morale) usage AUTH_CLI, SIGN, CONF (Ex : DMP, ROR, Annuaire Santé...)',
      'OU Certificat restreint au serveur suivant :',
      'Cachet de la structure',
      'Date :',
      'monserviceclient.certificats@esante.gouv.fr',
      'Page 1 / 2',
      'Page 2 / 2',
    ])
      expect(text).toContain(label);
  });

  it.each([
    ['offre.org', {}],
    ['offre.serveurSsl', { 'serveurSsl.domaine': 'radiologie-etang.fr', 'serveurSsl.serveur': 'pacs.radiologie-etang.fr' }],
    ['offre.serveurSmime', { 'serveurSmime.domaine': '@radiologie-etang.fr' }],
    ['offre.pro', { 'pro.domaine': '@radiologie-etang.fr' }],
  ] as const)('%s is ticked alone, with its lines', async (box, lines) => {
    const fields: Form413Fields = { ...form413Samples.societe.fields, 'offre.org': false, [box]: true, ...lines };
    const form = (await PDFDocument.load(await renderForm413({ fields, coverNote: [] }))).getForm();
    expect(readBack(form)).toEqual(fields);
    expect(form413CheckBoxNames.filter((name) => form.getCheckBox(name).isChecked())).toEqual([box]);
  });
});

describe('renderForm413 with unusual input', () => {
  const render = async (fields: Partial<Form413Fields>, coverNote: string[] = []) =>
    (await PDFDocument.load(await renderForm413({ fields: { ...emptyForm413Fields(), ...fields }, coverNote }))).getForm();

  it.each([
    ['WinAnsi accents and ligatures are kept', 'ŒUVRE D’ÉLÈNE « À ÇÀ »', 'ŒUVRE D’ÉLÈNE « À ÇÀ »'],
    ['letters outside WinAnsi lose their accent', 'Dénes Kovács-Hőgyes Łukasz', 'Dénes Kovács-Hogyes ?ukasz'],
    ['symbols get a stand-in', 'A → B ≥ C', 'A -> B >= C'],
    ['emoji and line breaks do not break a one-line field', 'Cabinet\nde l’Étang 😀', 'Cabinet de l’Étang ?'],
  ])('%s', async (_case, input, shown) => {
    expect((await render({ 'structure.denomination': input })).getTextField('structure.denomination').getText()).toBe(shown);
  });

  it('shrinks the font of a value too long for its box instead of cutting it', async () => {
    const email = 'secretariat.direction.imagerie-medicale@cabinet-de-radiologie-de-letang.fr';
    const form = await render({ 'admin1.email': email, 'admin1.nom': 'MARTIN' });
    const size = (name: string) => Number(/([\d.]+) Tf/.exec(form.getTextField(name).acroField.getDefaultAppearance() ?? '')?.[1]);
    expect(form.getTextField('admin1.email').getText()).toBe(email);
    expect(size('admin1.email')).toBeLessThan(size('admin1.nom'));
  });

  it('keeps the line breaks of the usage details, a multiline field, and fits a long text in smaller type', async () => {
    const precisions = `authentification et signature sur le DMP\n${'usage INS (téléservice INSi : INSI-AUTO, INSI-MANU) ; '.repeat(4)}`;
    const field = (await render({ 'usage.precisions': precisions })).getTextField('usage.precisions');
    expect(field.getText()).toBe(precisions);
    expect(Number(/([\d.]+) Tf/.exec(field.acroField.getDefaultAppearance() ?? '')?.[1])).toBeLessThan(8.5);
  });

  it('keeps a too long identifier whole rather than refusing it', async () => {
    expect((await render({ 'structure.siret': '732829320000745' })).getTextField('structure.siret').getText()).toBe('732829320000745');
  });

  it('refuses a document outside the schema, and more than three cover lines', async () => {
    const { 'usage.solution': _dropped, ...missing } = emptyForm413Fields();
    const invalid: unknown[] = [{ fields: missing, coverNote: [] }, { fields: emptyForm413Fields(), coverNote: ['1', '2', '3', '4'] }];
    for (const doc of invalid) await expect(renderForm413(doc as Form413Document)).rejects.toBeInstanceOf(ZodError);
  });

  it('builds the blank template once per process', async () => {
    expect(await form413Template()).toBe(await form413Template());
  });
});
