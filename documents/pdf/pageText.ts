import { deflateSync } from 'node:zlib';
import {
  beginText,
  endText,
  moveText,
  PDFContentStream,
  PDFDocument,
  PDFFont,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  PDFPage,
  PDFString,
  RGB,
  setFillingRgbColor,
  setFontAndSize,
} from 'pdf-lib';
import { encoded } from './fontMemo';

/** `Tj` with a literal string: pdf-lib's `showText` takes only hex strings, its operator takes either. */
const showLiteral = (text: PDFString) => PDFOperator.of(PDFOperatorNames.ShowText, [text]);

/** One printable line at its place on the page (PDF points from the bottom left). */
export interface PlacedLine {
  text: string;
  font: PDFFont;
  size: number;
  color: RGB;
  x: number;
  y: number;
}

/**
 * A page's lines as one text object, written with pdf-lib's operators: one `Td` and `Tj` a line, the font and
 * colour set only when they change (drawText repeats the graphics state for every line). The stream is
 * compressed with Node's zlib, at its fastest level (pdf-lib's pako deflate took most of a guide's save).
 */
export function writeLines(pdf: PDFDocument, page: PDFPage, lines: readonly PlacedLine[]): void {
  const fontKeys = new Map<PDFFont, PDFName>();
  const operators: PDFOperator[] = [beginText()];
  let at = { x: 0, y: 0 };
  let font: PDFFont | undefined;
  let size = 0;
  let color: RGB | undefined;
  for (const line of lines) {
    let key = fontKeys.get(line.font);
    if (!key) {
      key = page.node.newFontDictionary(line.font.name, line.font.ref);
      fontKeys.set(line.font, key);
    }
    if (line.font !== font || line.size !== size) operators.push(setFontAndSize(key, line.size));
    if (line.color !== color) operators.push(setFillingRgbColor(line.color.red, line.color.green, line.color.blue));
    operators.push(moveText(line.x - at.x, line.y - at.y), showLiteral(encoded(line.font, line.text)));
    ({ font, size, color } = line);
    at = { x: line.x, y: line.y };
  }
  operators.push(endText());
  const contents = PDFContentStream.of(pdf.context.obj({}), operators, false).getUnencodedContents();
  const stream = pdf.context.stream(deflateSync(contents, { level: 1 }), { Filter: 'FlateDecode' });
  page.node.addContentStream(pdf.context.register(stream));
}
