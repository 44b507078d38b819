import { PDFContentStream, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFTextField } from 'pdf-lib';

/**
 * The streams a fill adds (field appearances, the cover note) are a few hundred bytes: pdf-lib would deflate each
 * one, and setting up zlib costs more than it saves. Stored plain, they make the saved file barely larger.
 */
export function storeNewStreamsPlain(pdf: PDFDocument): void {
  for (const [ref, object] of pdf.context.enumerateIndirectObjects()) {
    // Streams read from the template are PDFRawStream: only the ones made since loading are content streams.
    if (!(object instanceof PDFContentStream)) continue;
    const dict = object.dict.clone(pdf.context);
    dict.delete(PDFName.of('Filter'));
    pdf.context.assign(ref, PDFRawStream.of(dict, object.getUnencodedContents()));
  }
}

const normal = PDFName.of('N');

/**
 * Every empty text field shows nothing, so their widgets share one empty appearance instead of one stream each:
 * fewer objects for every request to parse. A filled field gets its own appearance when filled.
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
