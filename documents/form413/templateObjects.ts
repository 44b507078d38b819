import { PDFAcroField, PDFContext, PDFDict, PDFName, PDFRef } from 'pdf-lib';
import type { UpdateBase, UpdatedObject } from './incrementalUpdate';

/** The template is not what this code builds: rebuilt by another version, or hand-edited. */
export class Form413TemplateError extends Error {
  constructor(what: string) {
    super(`Form 413 template: ${what}`);
    this.name = 'Form413TemplateError';
  }
}

/** A template object serialised once without the entries a fill writes, which are appended to it per request. */
export interface ObjectHead {
  number: number;
  head: string;
}

function refOf(object: unknown, what: string): PDFRef {
  if (object instanceof PDFRef && object.generationNumber === 0) return object;
  throw new Form413TemplateError(`${what} is not an indirect object of generation 0`);
}

export function headOf(ref: unknown, dict: PDFDict, without: readonly string[], what: string): ObjectHead {
  const skipped = new Set(without.map((key) => PDFName.of(key)));
  const entries = dict.entries().filter(([key]) => !skipped.has(key));
  return {
    number: refOf(ref, what).objectNumber,
    head: entries.map(([key, value]) => `${key.toString()} ${value.toString()}`).join('\n'),
  };
}

/** The object as it stands now in the parsed template, whole. */
export function wholeOf(context: PDFContext, ref: unknown, what: string): UpdatedObject {
  const checked = refOf(ref, what);
  return { number: checked.objectNumber, body: context.lookup(checked, PDFDict).toString() };
}

/** The references of a terminal field's widgets (pdf-lib makes each field a parent of separate widget objects). */
export function widgetRefs(field: PDFAcroField, what: string): PDFRef[] {
  const kids = field.Kids();
  if (!kids) throw new Form413TemplateError(`${what} has no separate widget`);
  return kids.asArray().map((kid) => refOf(kid, `a widget of ${what}`));
}

/** /Prev, /Size and the trailer entries of the template's last cross-reference stream. */
export function updateBaseOf(template: Uint8Array, context: PDFContext): UpdateBase {
  const bytes = Buffer.from(template.buffer, template.byteOffset, template.byteLength);
  const prev = Number(
    /startxref\s+(\d+)\s+%%EOF\s*$/.exec(bytes.toString('latin1', Math.max(0, bytes.length - 64)))?.[1],
  );
  const xref = Number.isInteger(prev)
    ? (bytes.toString('latin1', prev, Math.min(bytes.length, prev + 1024)).split('stream')[0] ?? '')
    : '';
  const size = Number(/\/Size\s+(\d+)/.exec(xref)?.[1]);
  if (!/\/Type\s*\/XRef/.test(xref) || !Number.isInteger(size))
    throw new Form413TemplateError('the file does not end with a cross-reference stream');
  const { Root, Info, ID } = context.trailerInfo;
  if (!Root) throw new Form413TemplateError('the trailer has no /Root');
  const trailer = [`/Root ${Root.toString()}`, Info && `/Info ${Info.toString()}`, ID && `/ID ${ID.toString()}`]
    .filter(Boolean)
    .join(' ');
  return { prev, size, trailer };
}
