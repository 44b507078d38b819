import { PDFDict, PDFDocument, PDFName, PDFRef, PDFTextField } from 'pdf-lib';

const normal = PDFName.of('N');

/**
 * Every empty text field shows nothing, so their widgets share one empty appearance instead of one stream each:
 * a smaller template. A filled field gets its own appearance when filled.
 */
export function shareEmptyTextAppearances(pdf: PDFDocument): void {
  let shared: PDFRef | undefined;
  for (const field of pdf.getForm().getFields()) {
    if (!(field instanceof PDFTextField)) continue;
    for (const widget of field.acroField.getWidgets()) {
      const appearances = widget.dict.lookupMaybe(PDFName.of('AP'), PDFDict);
      const own = appearances?.get(normal);
      if (!appearances || !(own instanceof PDFRef)) continue;
      if (shared === undefined) shared = own;
      else {
        pdf.context.delete(own);
        appearances.set(normal, shared);
      }
    }
  }
}
