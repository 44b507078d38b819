import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFTextField, StandardFonts } from 'pdf-lib';
import { form413Template, renderForm413 } from '../../../documents/form413';
import { fillForm413, Form413TemplateError } from '../../../documents/form413/fill';
import { printable } from '../../../documents/form413/printable';
import { form413Samples } from '../../../documents/form413/samples';
import { emptyForm413Fields } from '../../../rules/form413Fields';

const directory = mkdtempSync(join(tmpdir(), 'form413-fill-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const doc = form413Samples.cabinets;
const filledNames = Object.entries(doc.fields)
  .filter(([name, value]) => name !== 'representant.qualite' && typeof value === 'string' && value !== '')
  .map(([name]) => name);

/** The field's normal appearance: its reference and its content (a fill stores it unfiltered). */
function appearanceOf(pdf: PDFDocument, field: PDFTextField): { ref: PDFRef; content: string } {
  const ref = field.acroField.getWidgets()[0]?.dict.lookup(PDFName.of('AP'), PDFDict).get(PDFName.of('N'));
  if (!(ref instanceof PDFRef)) throw new Error(`${field.getName()} has no appearance of its own`);
  const stream = pdf.context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) throw new Error(`${field.getName()}'s appearance is not a stream`);
  return { ref, content: Buffer.from(stream.getContents()).toString('latin1') };
}

/** The WinAnsi bytes an appearance shows (its `<hex> Tj` operands), spaces left out as line wrapping drops some. */
const shownBytes = (content: string) =>
  [...content.matchAll(/<([0-9A-F]*)>\s*Tj/gi)]
    .map((match) => Buffer.from(match[1] ?? '', 'hex').toString('latin1'))
    .join('')
    .replace(/ /g, '');

describe('fillForm413', () => {
  it('keeps the template bytes as they are and appends the values as an update that qpdf accepts', async () => {
    const template = await form413Template();
    const copy = Uint8Array.from(template);
    const filled = await renderForm413(doc);
    expect(Buffer.compare(filled.subarray(0, template.length), template)).toBe(0);
    expect(Buffer.compare(template, copy)).toBe(0);
    for (const [name, bytes] of [
      ['cabinets', filled],
      ['nothing', await renderForm413({ fields: emptyForm413Fields() })],
    ] as const) {
      const file = join(directory, `${name}.pdf`);
      writeFileSync(file, bytes);
      expect(execFileSync('qpdf', ['--check', file]).toString()).toContain('No syntax or stream encoding errors');
    }
  });

  it('gives every filled field an appearance of its own that shows its value in WinAnsi', async () => {
    const pdf = await PDFDocument.load(await renderForm413(doc));
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const form = pdf.getForm();
    const refs = new Set<string>();
    for (const name of filledNames) {
      const field = form.getTextField(name);
      const { ref, content } = appearanceOf(pdf, field);
      refs.add(ref.toString());
      const text = printable(font, field.getText() ?? '', field.isMultiline()).replace(/\n/g, ' ');
      const expected = Buffer.from(font.encodeText(text).toString().slice(1, -1), 'hex').toString('latin1');
      expect([name, shownBytes(content)]).toEqual([name, expected.replace(/ /g, '')]);
      expect(content).toMatch(/\/Helvetica [\d.]+ Tf/);
    }
    expect(refs.size).toBe(filledNames.length);
  });

  it('leaves the untouched fields empty, all sharing the one blank appearance of the template', async () => {
    const pdf = await PDFDocument.load(await renderForm413(doc));
    const empty = pdf
      .getForm()
      .getFields()
      .filter(
        (field): field is PDFTextField => field instanceof PDFTextField && !filledNames.includes(field.getName()),
      );
    expect(empty.length).toBeGreaterThan(5);
    expect(empty.filter((field) => field.getText() !== undefined)).toEqual([]);
    expect(new Set(empty.map((field) => appearanceOf(pdf, field).ref.toString())).size).toBe(1);
  });

  it('names the fields’ font in the AcroForm, for viewers that redraw a field the user edits', async () => {
    const pdf = await PDFDocument.load(await renderForm413(doc));
    const fonts = pdf.getForm().acroForm.dict.lookup(PDFName.of('DR'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    const font = fonts.lookup(PDFName.of('Helvetica'), PDFDict);
    expect(font.get(PDFName.of('BaseFont'))).toBe(PDFName.of('Helvetica'));
    expect(pdf.getForm().getTextField('admin1.nom').acroField.getDefaultAppearance()).toMatch(/\/Helvetica [\d.]+ Tf/);
  });

  it('gives the same bytes for the same document, whatever was filled before', async () => {
    const first = await renderForm413(doc);
    await renderForm413({
      ...form413Samples.gie,
      fields: { ...form413Samples.gie.fields, 'offre.pro': true, 'pro.domaine': '@exemple.fr' },
    });
    expect(Buffer.compare(await renderForm413(doc), first)).toBe(0);
  });

  it('refuses a template it did not build, with a Form413TemplateError', async () => {
    const other = await PDFDocument.create();
    other.addPage();
    other.getForm().createTextField('autre').addToPage(other.getPage(0));
    await expect(fillForm413(await other.save(), doc)).rejects.toBeInstanceOf(Form413TemplateError);
  });
});
