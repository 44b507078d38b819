import {
  ParseSpeeds,
  PDFCheckBox,
  PDFDict,
  PDFDocument,
  PDFFont,
  PDFName,
  PDFRadioGroup,
  PDFRef,
  PDFTextField,
  StandardFonts,
} from 'pdf-lib';
import type { UpdateBase, UpdatedObject } from './incrementalUpdate';
import { pagesOf, PagesSlot } from './templatePage';
import { Form413TemplateError, headOf, ObjectHead, updateBaseOf, wholeOf, widgetRefs } from './templateObjects';

/** What a fill needs to know of one text field of the template. */
export interface TextFieldSlot {
  /** The field without /V, /DA, /Ff, /MaxLen. */
  field: ObjectHead;
  /** Its only widget without /AP. */
  widget: ObjectHead;
  flags: number;
  maxLength: number | undefined;
  comb: boolean;
  multiline: boolean;
  fontSize: number;
  width: number;
  height: number;
}

/** The blank form read once: each fill writes its values as an update after these bytes, without parsing them. */
export interface TemplateIndex {
  text: ReadonlyMap<string, TextFieldSlot>;
  /** The objects to write again for a ticked box (by name) or a radio choice (`name=option`). */
  buttons: ReadonlyMap<string, readonly UpdatedObject[]>;
  /** The form's font (in the AcroForm's /DR), with pdf-lib's Helvetica metrics and WinAnsi encoding. */
  font: { metrics: PDFFont; name: string; ref: string };
  /** Helvetica-Bold's metrics, for the cover page's headings. */
  boldMetrics: PDFFont;
  pages: PagesSlot;
  base: UpdateBase;
}

const fontInDa = /\/([^\s/]+)\s+([\d.]+)\s+Tf/;

function textSlot(field: PDFTextField): TextFieldSlot {
  const name = field.getName();
  const [widgetRef, ...others] = widgetRefs(field.acroField, name);
  const widget = field.acroField.getWidgets()[0];
  if (!widgetRef || !widget || others.length > 0)
    throw new Form413TemplateError(`${name} should have exactly one widget`);
  const { width, height } = widget.getRectangle();
  const fontSize = Number(fontInDa.exec(field.acroField.getDefaultAppearance() ?? '')?.[2]);
  if (!(fontSize > 0)) throw new Form413TemplateError(`${name} has no font size in /DA`);
  return {
    field: headOf(field.ref, field.acroField.dict, ['V', 'DA', 'Ff', 'MaxLen'], name),
    widget: headOf(widgetRef, widget.dict, ['AP'], name),
    flags: field.acroField.getFlags(),
    maxLength: field.getMaxLength(),
    comb: field.isCombed(),
    multiline: field.isMultiline(),
    fontSize,
    width,
    height,
  };
}

/** Reads the template (pdf-lib parses it once): see `templateIndexOf` for the cached one. */
export async function indexTemplate(template: Uint8Array): Promise<TemplateIndex> {
  const pdf = await PDFDocument.load(template, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const form = pdf.getForm();
  const text = new Map<string, TextFieldSlot>();
  const buttons = new Map<string, UpdatedObject[]>();
  const fontNames = new Set<string>();
  for (const field of form.getFields()) {
    if (field instanceof PDFTextField) {
      text.set(field.getName(), textSlot(field));
      fontNames.add(fontInDa.exec(field.acroField.getDefaultAppearance() ?? '')?.[1] ?? '');
    }
  }
  const [fontName, ...otherFonts] = fontNames;
  if (fontName === undefined || fontName === '' || otherFonts.length > 0)
    throw new Form413TemplateError('text fields should all name one font in /DA');
  const fontRef = form.acroForm.dict
    .lookupMaybe(PDFName.of('DR'), PDFDict)
    ?.lookupMaybe(PDFName.of('Font'), PDFDict)
    ?.get(PDFName.of(fontName));
  if (!(fontRef instanceof PDFRef)) throw new Form413TemplateError(`the AcroForm /DR has no font ${fontName}`);
  if (pdf.context.lookup(fontRef, PDFDict).get(PDFName.of('BaseFont')) !== PDFName.of('Helvetica'))
    throw new Form413TemplateError(`${fontName} is not Helvetica`);
  // Ticking or choosing only switches states: pdf-lib does it once here on this copy, and the result is kept.
  const wholes = (field: PDFCheckBox | PDFRadioGroup) =>
    [field.ref, ...widgetRefs(field.acroField, field.getName())].map((ref) =>
      wholeOf(pdf.context, ref, field.getName()),
    );
  for (const field of form.getFields()) {
    if (field instanceof PDFCheckBox) {
      field.check();
      buttons.set(field.getName(), wholes(field));
    } else if (field instanceof PDFRadioGroup) {
      for (const option of field.getOptions()) {
        field.select(option);
        buttons.set(`${field.getName()}=${option}`, wholes(field));
      }
    }
  }
  const scratch = await PDFDocument.create();
  const [metrics, boldMetrics] = await Promise.all([
    scratch.embedFont(StandardFonts.Helvetica),
    scratch.embedFont(StandardFonts.HelveticaBold),
  ]);
  return {
    text,
    buttons,
    font: { metrics, name: fontName, ref: fontRef.toString() },
    boldMetrics,
    pages: pagesOf(pdf),
    base: updateBaseOf(template, pdf.context),
  };
}

const indexes = new WeakMap<Uint8Array, Promise<TemplateIndex>>();

/** The template's index, read on first use and kept as long as its bytes are (once per thread in practice). */
export function templateIndexOf(template: Uint8Array): Promise<TemplateIndex> {
  let index = indexes.get(template);
  if (!index) {
    index = indexTemplate(template);
    indexes.set(template, index);
    index.catch(() => indexes.delete(template));
  }
  return index;
}
