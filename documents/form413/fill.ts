import { PDFHexString, PDFString } from 'pdf-lib';
import { form413CheckBoxNames } from './checkBoxes';
import { coverPageObjects } from './coverPage';
import { Form413Document, form413DocumentSchema } from './document';
import { appendUpdate, UpdatedObject } from './incrementalUpdate';
import { minFontSize } from './layout';
import { wrapText } from './painter';
import { refText } from './pdfSyntax';
import { printable } from './printable';
import { textAppearance } from './textAppearance';
import { TemplateIndex, templateIndexOf, TextFieldSlot } from './templateIndex';
import { Form413TemplateError } from './templateObjects';

export { Form413TemplateError } from './templateObjects';

const combFlag = 1 << 24;

/** The template's font size, or smaller so that a long value stays whole inside its box. */
function fittingSize(slot: TextFieldSlot, index: TemplateIndex, text: string): number {
  const font = index.font.metrics;
  const width = slot.width - 6;
  if (!slot.multiline)
    return Math.max(
      minFontSize,
      Math.min(slot.fontSize, Math.floor((2 * width) / font.widthOfTextAtSize(text, 1)) / 2),
    );
  let size = slot.fontSize;
  // pdf-lib's multiline layout: lines 1.2 × the font height apart, inside a 1-point padding.
  const height = (at: number) =>
    text.split('\n').flatMap((line) => wrapText(font, at, line, width)).length * 1.2 * font.heightAtSize(at);
  while (size > minFontSize && height(size) > slot.height - 2) size -= 0.5;
  return size;
}

/** The field with its value and font size, its widget pointing at a new appearance, and that appearance. */
function filledText(index: TemplateIndex, slot: TextFieldSlot, value: string, next: () => number): UpdatedObject[] {
  const text = printable(index.font.metrics, value, slot.multiline);
  // An identifier longer than its boxes (not expected once validated) is kept whole rather than refused.
  const overflows = slot.maxLength !== undefined && text.length > slot.maxLength;
  const comb = slot.comb && !overflows;
  const maxLength = overflows ? undefined : slot.maxLength;
  const size = fittingSize(slot, index, text);
  const appearance = next();
  const entries = [
    `/DA ${PDFString.of(`0 0 0 rg\n/${index.font.name} ${size} Tf`).toString()}`,
    `/Ff ${comb ? slot.flags : slot.flags & ~combFlag}`,
    maxLength === undefined ? '' : `/MaxLen ${maxLength}`,
    `/V ${PDFHexString.fromText(text).toString()}`,
  ];
  return [
    { number: slot.field.number, body: `<<\n${slot.field.head}\n${entries.filter(Boolean).join('\n')}\n>>` },
    { number: slot.widget.number, body: `<<\n${slot.widget.head}\n/AP << /N ${refText(appearance)} >>\n>>` },
    { number: appearance, body: textAppearance({ ...slot, comb, maxLength }, index.font, text, size) },
  ];
}

/**
 * A copy of the blank form filled in: still a fillable AcroForm (not flattened), and every value has its printed
 * appearance (Helvetica, WinAnsi) so that it shows on paper without the viewer redrawing it; the cover page, if
 * any, comes first. The template's bytes are kept as they are and the rest follows as an incremental update.
 */
export async function fillForm413(template: Uint8Array, input: Form413Document): Promise<Uint8Array> {
  const { fields, cover } = form413DocumentSchema.parse(input);
  const index = await templateIndexOf(template);
  let free = index.base.size;
  const next = () => free++;
  const objects: UpdatedObject[] = [];
  const button = (key: string) => {
    const states = index.buttons.get(key);
    if (!states) throw new Form413TemplateError(`no button state ${key}`);
    objects.push(...states);
  };
  for (const [name, value] of Object.entries(fields)) {
    if (name === 'representant.qualite' || typeof value !== 'string' || value === '') continue;
    const slot = index.text.get(name);
    if (!slot) throw new Form413TemplateError(`no text field ${name}`);
    objects.push(...filledText(index, slot, value, next));
  }
  for (const name of form413CheckBoxNames) if (fields[name]) button(name);
  const qualite = fields['representant.qualite'];
  if (qualite !== null) button(`representant.qualite=${qualite}`);
  if (cover) objects.push(...coverPageObjects(index, cover, next));
  return appendUpdate(template, index.base, objects);
}
