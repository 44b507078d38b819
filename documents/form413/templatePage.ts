import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { Form413TemplateError, headOf, ObjectHead } from './templateObjects';

/** The template's page tree, where a cover page goes in front of the form's pages. */
export interface PagesSlot {
  /** The /Pages node without /Kids and /Count. */
  tree: ObjectHead;
  /** Its pages, in order, as references. */
  kids: readonly string[];
  width: number;
  height: number;
  /** The template's Helvetica-Bold, which the cover page's headings share (the regular font is the fields'). */
  boldRef: string;
}

export function pagesOf(pdf: PDFDocument): PagesSlot {
  const [first] = pdf.getPages();
  if (!first) throw new Form413TemplateError('the template has no page');
  const tree = first.node.Parent();
  const treeRef = first.node.get(PDFName.of('Parent'));
  const kids = tree?.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? [];
  if (
    !tree ||
    !(treeRef instanceof PDFRef) ||
    pdf.getPageCount() !== kids.length ||
    !kids.every((kid) => kid instanceof PDFRef)
  ) {
    throw new Form413TemplateError('the pages are not one flat page tree');
  }
  const fonts = first.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
  const boldRef = fonts
    ?.entries()
    .map(([, value]) => value)
    .find(
      (value) =>
        value instanceof PDFRef &&
        pdf.context.lookup(value, PDFDict).get(PDFName.of('BaseFont')) === PDFName.of('Helvetica-Bold'),
    );
  if (!(boldRef instanceof PDFRef)) throw new Form413TemplateError('page 1 does not use Helvetica-Bold');
  return {
    tree: headOf(treeRef, tree, ['Kids', 'Count'], 'the page tree'),
    kids: kids.map(String),
    width: first.getWidth(),
    height: first.getHeight(),
    boldRef: boldRef.toString(),
  };
}
