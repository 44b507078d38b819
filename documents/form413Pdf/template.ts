import { PDFDocument, PDFFont, PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { getI18n } from '../../locales';
import { form413AdminRows, representantQualites } from '../../rules/form413Fields';

const a4: [number, number] = [595.28, 841.89];
const margin = 40;
const blue = rgb(0.05, 0.25, 0.55);
const grey = rgb(0.35, 0.35, 0.35);
/** Space kept at the top of page 1 for the per-request cover note (drawn when filling). */
export const coverNoteBox = { x: margin, y: 742, width: a4[0] - 2 * margin, height: 44 };

interface Painter {
  page: PDFPage;
  regular: PDFFont;
  bold: PDFFont;
}

const label = (p: Painter, text: string, x: number, y: number, size = 8.5, bold = false, color = rgb(0, 0, 0)) =>
  p.page.drawText(text, { x, y, size, font: bold ? p.bold : p.regular, color });

const heading = (p: Painter, text: string, y: number, size = 10.5) => {
  p.page.drawRectangle({ x: margin, y: y - 4, width: a4[0] - 2 * margin, height: size + 8, color: rgb(0.9, 0.94, 1) });
  label(p, text, margin + 4, y, size, true, blue);
};

/** The official two pages, labels drawn once, every field created empty: the bytes every request fills. */
export async function buildForm413Template(): Promise<Uint8Array> {
  const t = getI18n().getFixedT('fr', undefined, 'formPdf');
  const pdf = await PDFDocument.create();
  pdf.setTitle(t('title'));
  pdf.setLanguage('fr-FR');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const form = pdf.getForm();
  const page1: Painter = { page: pdf.addPage(a4), regular, bold };
  const page2: Painter = { page: pdf.addPage(a4), regular, bold };
  const text = (p: Painter, name: string, x: number, y: number, width: number, height = 16) => {
    const field = form.createTextField(name);
    field.addToPage(p.page, { x, y, width, height, font: regular, borderColor: grey, borderWidth: 0.6 });
    field.setFontSize(9);
    return field;
  };

  // Page 1: 3.1 and 3.2.
  label(page1, t('title'), margin, 805, 14, true, blue);
  label(page1, t('subtitle'), margin, 790, 9, false, grey);
  heading(page1, t('section3'), 715);
  label(page1, t('section31'), margin, 690, 10, true);
  label(page1, t('denomination'), margin, 668);
  text(page1, 'structure.denomination', 230, 663, 325);
  label(page1, t('finess'), margin, 644, 7.5);
  text(page1, 'structure.finess', 330, 639, 120);
  label(page1, t('siret'), margin, 620);
  text(page1, 'structure.siret', 330, 615, 160);
  label(page1, t('rppsRang'), margin, 596, 7.5);
  for (let slot = 1; slot <= 4; slot += 1) {
    label(page1, `${slot}.`, 330, 596 - (slot - 1) * 22);
    text(page1, `structure.rppsRang${slot}`, 345, 591 - (slot - 1) * 22, 160);
  }
  label(page1, t('section32'), margin, 490, 9, true);
  label(page1, t('qualite'), margin, 468);
  const qualite = form.createRadioGroup('representant.qualite');
  representantQualites.forEach((option, index) => {
    const x = 120 + index * 140;
    qualite.addOptionToPage(option, page1.page, { x, y: 464, width: 11, height: 11, borderColor: grey });
    label(page1, t(option), x + 15, 467);
  });
  const people = [['nom', 440], ['prenoms', 416], ['telephone', 392], ['email', 368], ['carte', 344]] as const;
  for (const [field, y] of people) {
    label(page1, t(field), margin, y + 5);
    text(page1, `representant.${field}`, 150, y, 300);
  }
  label(page1, t('send'), margin, 60, 8.5, true, blue);
  label(page1, t('page', { page: 1 }), a4[0] - margin - 50, 30, 8, false, grey);

  // Page 2: 4.1, 4.2, the offers, stamp and signature.
  heading(page2, t('section4'), 805);
  label(page2, t('section41'), margin, 780, 10, true);
  const columns = [['carte', 'adminCarte', 70], ['nom', 'adminNom', 110], ['prenom', 'adminPrenom', 100], ['telephone', 'adminTelephone', 75], ['email', 'adminEmail', 150]] as const;
  let x = margin;
  for (const [, header, width] of columns) {
    label(page2, t(header), x, 762, 7);
    x += width + 5;
  }
  for (let row = 1; row <= form413AdminRows; row += 1) {
    x = margin;
    for (const [field, , width] of columns) {
      text(page2, `admin${row}.${field}`, x, 740 - (row - 1) * 22, width);
      x += width + 5;
    }
  }
  label(page2, t('adminHint'), margin, 664, 7, false, grey);
  label(page2, t('section42'), margin, 640, 10, true);
  const usage = [['precisions', 'usage.precisions', 615], ['editeur', 'usage.editeur', 591], ['solution', 'usage.solution', 567]] as const;
  for (const [key, name, y] of usage) {
    label(page2, t(key), margin, y + 5);
    const field = text(page2, name, 200, name === 'usage.precisions' ? y - 6 : y, 355, name === 'usage.precisions' ? 24 : 16);
    // The usage details can be long: two lines at a smaller size.
    if (name === 'usage.precisions') {
      field.enableMultiline();
      field.setFontSize(7.5);
    }
  }
  label(page2, t('offerTitle'), margin, 540, 10, true);
  const box = (name: string, y: number, caption: string) => {
    form.createCheckBox(name).addToPage(page2.page, { x: margin, y, width: 11, height: 11, borderColor: grey });
    label(page2, caption, margin + 16, y + 2, 8, true);
  };
  box('offre.org', 518, t('offreOrg'));
  box('offre.serveurSsl', 494, t('offreSsl'));
  label(page2, t('sslDomaine'), margin + 16, 476, 7.5);
  text(page2, 'serveurSsl.domaine', 260, 471, 295, 14);
  label(page2, t('sslServeur'), margin + 16, 456, 7.5);
  text(page2, 'serveurSsl.serveur', 260, 451, 295, 14);
  box('offre.serveurSmime', 428, t('offreSmime'));
  label(page2, t('smimeDomaine'), margin + 16, 410, 7.5);
  text(page2, 'serveurSmime.domaine', 260, 405, 295, 14);
  box('offre.pro', 382, t('offrePro'));
  label(page2, t('proDomaine'), margin + 16, 364, 7.5);
  text(page2, 'pro.domaine', 260, 359, 295, 14);
  for (const [key, boxX] of [['cachet', margin], ['signature', 310]] as const) {
    page2.page.drawRectangle({ x: boxX, y: 150, width: 245, height: 150, borderColor: grey, borderWidth: 0.8 });
    label(page2, t(key), boxX + 6, 288, 7.5, true);
  }
  label(page2, t('signatureLine2'), 316, 278, 7.5, true);
  label(page2, `${t('faitA')} : ........................................   ${t('date')} : ....... / ....... / ..........`, margin, 120, 9);
  label(page2, t('send'), margin, 60, 8.5, true, blue);
  label(page2, t('page', { page: 2 }), a4[0] - margin - 50, 30, 8, false, grey);
  return pdf.save();
}
