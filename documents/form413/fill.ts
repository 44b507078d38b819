import { ParseSpeeds, PDFCheckBox, PDFDocument, PDFField, PDFFont, PDFRadioGroup, PDFTextField, StandardFonts } from 'pdf-lib';
import { form413CheckBoxNames } from './checkBoxes';
import { drawCoverNote } from './coverNote';
import { Form413Document, form413DocumentSchema } from './document';
import { minFontSize } from './layout';
import { wrapText } from './painter';
import { printable } from './printable';
import { storeNewStreamsPlain } from './streams';

/** The template does not have a field the schema names: template and schema are out of step. */
export class Form413TemplateError extends Error {
  constructor(readonly fieldName: string) {
    super(`Form 413 template has no field of the expected kind named ${fieldName}`);
    this.name = 'Form413TemplateError';
  }
}

const isTextField = (field: PDFField | undefined): field is PDFTextField => field instanceof PDFTextField;
const isCheckBox = (field: PDFField | undefined): field is PDFCheckBox => field instanceof PDFCheckBox;
const isRadioGroup = (field: PDFField | undefined): field is PDFRadioGroup => field instanceof PDFRadioGroup;

const sizeOf = (field: PDFTextField): number => Number(/([\d.]+)\s+Tf/.exec(field.acroField.getDefaultAppearance() ?? '')?.[1] ?? 9);

/** The template's font size, or smaller so that a long value stays whole inside its box. */
function fittingSize(field: PDFTextField, font: PDFFont, text: string): number {
  const base = sizeOf(field);
  const rect = field.acroField.getWidgets()[0]?.getRectangle();
  if (!rect) return base;
  const width = rect.width - 6;
  if (!field.isMultiline()) return Math.max(minFontSize, Math.min(base, Math.floor((2 * width) / font.widthOfTextAtSize(text, 1)) / 2));
  let size = base;
  // pdf-lib's multiline layout: lines 1.2 × the font height apart, inside a 1-point padding.
  const height = (at: number) => text.split('\n').flatMap((line) => wrapText(font, at, line, width)).length * 1.2 * font.heightAtSize(at);
  while (size > minFontSize && height(size) > rect.height - 2) size -= 0.5;
  return size;
}

function setText(field: PDFTextField, font: PDFFont, value: string): void {
  const text = printable(font, value, field.isMultiline());
  const maxLength = field.getMaxLength();
  // An identifier longer than its boxes (not expected once validated) is kept whole rather than refused.
  if (maxLength !== undefined && text.length > maxLength) {
    field.disableCombing();
    field.setMaxLength(undefined);
  }
  const size = fittingSize(field, font, text);
  if (size !== sizeOf(field)) field.setFontSize(size);
  field.setText(text);
}

/**
 * A copy of the blank form filled in: still a fillable AcroForm (not flattened), and every value has its
 * printed appearance (Helvetica, WinAnsi) so that it shows on paper without the viewer redrawing it.
 */
export async function fillForm413(template: Uint8Array, input: Form413Document): Promise<Uint8Array> {
  const { fields, coverNote } = form413DocumentSchema.parse(input);
  // pdf-lib yields to the event loop every 100 objects by default: pointless for one small form.
  const pdf = await PDFDocument.load(template, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const form = pdf.getForm();
  // pdf-lib's getTextField(name) walks every field each time; one index makes the lookups free.
  const byName = new Map(form.getFields().map((field) => [field.getName(), field]));
  const find = <T extends PDFField>(name: string, is: (field: PDFField | undefined) => field is T): T => {
    const field = byName.get(name);
    if (is(field)) return field;
    throw new Form413TemplateError(name);
  };
  for (const [name, value] of Object.entries(fields)) {
    if (name !== 'representant.qualite' && typeof value === 'string' && value !== '') setText(find(name, isTextField), font, value);
  }
  // Boxes and radio buttons already have their on and off appearances: ticking only switches the state shown.
  for (const name of form413CheckBoxNames) {
    if (!fields[name]) continue;
    const box = find(name, isCheckBox);
    box.check();
    form.markFieldAsClean(box.ref);
  }
  const qualite = fields['representant.qualite'];
  if (qualite !== null) {
    const group = find('representant.qualite', isRadioGroup);
    group.select(qualite);
    form.markFieldAsClean(group.ref);
  }
  form.updateFieldAppearances(font);
  drawCoverNote(pdf.getPage(0), font, coverNote);
  storeNewStreamsPlain(pdf);
  return pdf.save({ updateFieldAppearances: false, objectsPerTick: Infinity, useObjectStreams: false });
}
