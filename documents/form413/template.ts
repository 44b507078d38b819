import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { getI18n } from '../../locales';
import { drawFooter, drawHeader, pageCount } from './chrome';
import { pageSize } from './layout';
import { drawIdentification } from './page1';
import { drawSpecifics } from './page2';
import { Fonts, Painter } from './painter';
import { shareEmptyTextAppearances } from './streams';

/** The official two pages with every field empty: labels and fields are the costly part, so this is built once. */
export async function buildForm413Template(): Promise<Uint8Array> {
  // The ANS form is French whatever the user's language.
  const t = getI18n().getFixedT('fr', undefined, 'form413');
  const pdf = await PDFDocument.create();
  pdf.setTitle(t('meta.title'), { showInWindowTitleBar: true });
  pdf.setSubject(t('meta.subject'));
  pdf.setAuthor(t('meta.author'));
  pdf.setCreator(t('meta.author'));
  pdf.setLanguage('fr-FR');
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
    italic: await pdf.embedFont(StandardFonts.HelveticaOblique),
  };
  const form = pdf.getForm();
  const draw = [drawIdentification, drawSpecifics];
  for (let number = 1; number <= pageCount; number += 1) {
    const painter = new Painter(pdf.addPage([pageSize.width, pageSize.height]), fonts, form);
    const top = drawHeader(painter, t, number);
    draw[number - 1]?.(painter, t, top);
    drawFooter(painter, t, number);
  }
  shareEmptyTextAppearances(pdf);
  // The fields' /DA names this font: a viewer that redraws a field, and every fill, find it here.
  form.acroForm.dict.set(PDFName.of('DR'), pdf.context.obj({ Font: { [fonts.regular.name]: fonts.regular.ref } }));
  return pdf.save({ updateFieldAppearances: false });
}

let cached: Promise<Uint8Array> | undefined;

/** The blank form's bytes, built on first use and kept for the process (a failed build is retried next time). */
export function form413Template(): Promise<Uint8Array> {
  cached ??= buildForm413Template().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
