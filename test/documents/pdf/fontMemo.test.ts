import { PDFDocument, StandardFonts } from 'pdf-lib';
import { encoded, widthOf } from '../../../documents/pdf/fontMemo';
import { renderTextPdf } from '../../../documents/textPdf';
import { pdfText } from '../../helpers/pdfTools';

describe('text shown as literal strings', () => {
  // The delimiters and the backslash must be escaped, bytes above 0x7f (’ is 0x92, € 0x80, é 0xE9) kept as bytes.
  const awkward = 'openssl.exe req -config C:\\OpenSSL\\bin\\openssl.cnf (x64) l’éditeur « INSI-AUTO » 12 € \\(';

  it('reads back exactly, delimiters, backslashes and WinAnsi bytes included', async () => {
    const bytes = await renderTextPdf(
      { title: 'Titre', sections: [{ heading: 'Commandes', blocks: [{ text: awkward }] }] },
      'pied',
    );
    expect(pdfText(bytes)).toContain(awkward);
  });

  it('escapes with octal codes, writes other bytes as they are', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Courier);
    expect(encoded(font, 'a(b)c\\d').toString()).toBe('(a\\050b\\051c\\134d)');
    expect([...encoded(font, '’é€').asString()].map((character) => character.charCodeAt(0))).toEqual([
      0x92, 0xe9, 0x80,
    ]);
  });

  it('measures as pdf-lib does without kerning, beyond Latin-1 too', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const text = 'Œuvre l’AVA « é » —';
    const sum = [...text].reduce((width, character) => width + font.widthOfTextAtSize(character, 10), 0);
    expect(widthOf(font, text, 10)).toBeCloseTo(sum, 6);
    expect(widthOf(font, text, 10)).toBeCloseTo(widthOf(font, text, 10), 9);
  });
});
