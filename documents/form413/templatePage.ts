import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { Form413TemplateError, headOf, ObjectHead } from './templateObjects';

/** Page 1 of the template, where the cover note goes on top of the existing content. */
export interface PageSlot {
  /** The page without /Contents. */
  page: ObjectHead;
  /** The template's content streams, in order. */
  contents: readonly string[];
  /** The page's resource name for the form's font, so the note needs no resource of its own. */
  fontKey: string;
  height: number;
}

export function page1Of(pdf: PDFDocument, fontRef: PDFRef): PageSlot {
  const page = pdf.getPage(0);
  const contents = page.node.Contents();
  const refs = contents instanceof PDFArray ? contents.asArray() : [page.node.get(PDFName.of('Contents'))];
  if (!refs.every((ref) => ref instanceof PDFRef)) throw new Form413TemplateError('page 1 content is not a list of streams');
  const fonts = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const fontKey = fonts?.entries().find(([, value]) => value === fontRef)?.[0];
  if (!fontKey) throw new Form413TemplateError('page 1 does not use the form font');
  return { page: headOf(page.ref, page.node, ['Contents'], 'page 1'), contents: refs.map(String), fontKey: fontKey.toString(), height: page.getHeight() };
}
