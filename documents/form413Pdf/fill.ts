import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { z } from 'zod';
import { Form413Fields, form413FieldsSchema } from '../../rules/form413Fields';
import { winAnsiText } from '../winAnsi';
import { buildForm413Template, coverNoteBox } from './template';

export const form413DocumentSchema = z.object({ fields: form413FieldsSchema, coverNote: z.array(z.string()).max(3) });
export type Form413Document = z.infer<typeof form413DocumentSchema>;

let template: Promise<Uint8Array> | undefined;
/** Built once per process (the costly part: fields and labels), then only copied and filled. */
export const form413Template = (): Promise<Uint8Array> => (template ??= buildForm413Template());

const checkBoxes = ['offre.org', 'offre.serveurSsl', 'offre.serveurSmime', 'offre.pro'] as const;

/** A filled Form 413: still a fillable AcroForm, every value with its printed appearance. */
export async function renderForm413(input: Form413Document): Promise<Uint8Array> {
  const { fields, coverNote } = form413DocumentSchema.parse(input);
  const pdf = await PDFDocument.load(await form413Template());
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const form = pdf.getForm();
  for (const [name, value] of Object.entries(fields) as [keyof Form413Fields, Form413Fields[keyof Form413Fields]][]) {
    if (typeof value === 'string' && name !== 'representant.qualite') form.getTextField(name).setText(winAnsiText(font, value));
  }
  for (const name of checkBoxes) {
    if (fields[name]) form.getCheckBox(name).check();
  }
  if (fields['representant.qualite']) form.getRadioGroup('representant.qualite').select(fields['representant.qualite']);
  form.updateFieldAppearances(font);
  const page = pdf.getPage(0);
  if (coverNote.length > 0) {
    page.drawRectangle({ ...coverNoteBox, borderColor: rgb(0.75, 0.35, 0), borderWidth: 1, color: rgb(1, 0.97, 0.92) });
    coverNote.forEach((line, index) =>
      page.drawText(winAnsiText(font, line), { x: coverNoteBox.x + 6, y: coverNoteBox.y + coverNoteBox.height - 13 - index * 12, size: 8.5, font, color: rgb(0.55, 0.25, 0) }),
    );
  }
  return pdf.save({ updateFieldAppearances: false });
}
