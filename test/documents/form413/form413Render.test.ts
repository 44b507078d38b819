import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFForm } from 'pdf-lib';
import { ZodError } from 'zod';
import { Form413Document, form413Template, renderForm413 } from '../../../documents/form413';
import { form413Samples } from '../../../documents/form413/samples';
import { form413CheckBoxNames } from '../../../documents/form413/checkBoxes';
import { emptyForm413Fields, Form413Fields, form413FieldsSchema } from '../../../rules/form413Fields';

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

/** Share of non-white pixels of a page at 50 dpi (`pdftoppm -gray` writes a binary PGM: «P5 width height maxval» then bytes). */
function inkOnPage(file: string, page: number): number {
  const prefix = join(directory, `${Math.random().toString(36).slice(2)}-page${page}`);
  execFileSync('pdftoppm', ['-gray', '-r', '50', '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
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
    expect(pdf.getPageCount()).toBe(3);
    const form = pdf.getForm();
    expect(readBack(form)).toEqual(doc.fields);
    // Still a fillable form, with exactly the contract's field names.
    expect(
      form
        .getFields()
        .map((field) => field.getName())
        .sort(),
    ).toEqual(Object.keys(form413FieldsSchema.shape).sort());
  });

  it.each(cases)(
    '%s: qpdf accepts it, the values print with their accents on the form pages, page 1 of the form has ink',
    async (name, doc) => {
      const file = save(await renderForm413(doc), name);
      expect(execFileSync('qpdf', ['--check', file]).toString()).toContain('No syntax or stream encoding errors');
      // The form is pages 2 and 3: the cover page comes first.
      const pdftotext = (...options: string[]) =>
        noSpace(
          execFileSync('pdftotext', ['-f', '2', '-l', '3', ...options, '-enc', 'UTF-8', file, '-']).toString('utf8'),
        );
      // Identifier boxes print one character per box: their digits only line up in layout mode.
      const text = { flowing: pdftotext(), layout: pdftotext('-layout') };
      const missing = Object.entries(doc.fields).filter(
        ([field, value]) =>
          field !== 'representant.qualite' &&
          typeof value === 'string' &&
          !text[combed.test(field) ? 'layout' : 'flowing'].includes(noSpace(value)),
      );
      expect(missing).toEqual([]);
      const blank = inkOnPage(save(await form413Template(), 'blank'), 1);
      expect(blank).toBeGreaterThan(0.03);
      expect(inkOnPage(file, 2)).toBeGreaterThan(blank);
    },
  );

  it.each([
    ['offre.org', {}],
    [
      'offre.serveurSsl',
      { 'serveurSsl.domaine': 'radiologie-etang.fr', 'serveurSsl.serveur': 'pacs.radiologie-etang.fr' },
    ],
    ['offre.serveurSmime', { 'serveurSmime.domaine': '@radiologie-etang.fr' }],
    ['offre.pro', { 'pro.domaine': '@radiologie-etang.fr' }],
  ] as const)('%s is ticked alone, with its lines', async (box, lines) => {
    const fields: Form413Fields = { ...form413Samples.societe.fields, 'offre.org': false, [box]: true, ...lines };
    const form = (await PDFDocument.load(await renderForm413({ fields }))).getForm();
    expect(readBack(form)).toEqual(fields);
    expect(form413CheckBoxNames.filter((name) => form.getCheckBox(name).isChecked())).toEqual([box]);
  });
});

describe('renderForm413 with unusual input', () => {
  const render = async (fields: Partial<Form413Fields>) =>
    (await PDFDocument.load(await renderForm413({ fields: { ...emptyForm413Fields(), ...fields } }))).getForm();

  it.each([
    ['WinAnsi accents and ligatures are kept', 'ŒUVRE D’ÉLÈNE « À ÇÀ »', 'ŒUVRE D’ÉLÈNE « À ÇÀ »'],
    ['letters outside WinAnsi lose their accent', 'Dénes Kovács-Hőgyes Łukasz', 'Dénes Kovács-Hogyes ?ukasz'],
    ['symbols get a stand-in', 'A → B ≥ C', 'A -> B >= C'],
    ['emoji and line breaks do not break a one-line field', 'Cabinet\nde l’Étang 😀', 'Cabinet de l’Étang ?'],
  ])('%s', async (_case, input, shown) => {
    expect((await render({ 'structure.denomination': input })).getTextField('structure.denomination').getText()).toBe(
      shown,
    );
  });

  it('shrinks the font of a value too long for its box instead of cutting it', async () => {
    const email = 'secretariat.direction.imagerie-medicale@cabinet-de-radiologie-de-letang.fr';
    const form = await render({ 'admin1.email': email, 'admin1.nom': 'MARTIN' });
    const size = (name: string) =>
      Number(/([\d.]+) Tf/.exec(form.getTextField(name).acroField.getDefaultAppearance() ?? '')?.[1]);
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
    expect((await render({ 'structure.siret': '732829320000745' })).getTextField('structure.siret').getText()).toBe(
      '732829320000745',
    );
  });

  it('refuses a document outside the schema: a missing field, a cover page without a section, the old cover note', async () => {
    const { 'usage.solution': _dropped, ...missing } = emptyForm413Fields();
    const invalid: unknown[] = [
      { fields: missing },
      { fields: emptyForm413Fields(), cover: { title: 'Notice', sections: [] } },
      { fields: emptyForm413Fields(), coverNote: ['Cas 2 : GIE'] },
    ];
    for (const doc of invalid) await expect(renderForm413(doc as Form413Document)).rejects.toBeInstanceOf(ZodError);
  });

  it('builds the blank template once per process', async () => {
    expect(await form413Template()).toBe(await form413Template());
  });
});
