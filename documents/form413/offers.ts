import type { TFunction } from 'i18next';
import type { Form413CheckBoxName, Form413TextFieldName } from '../../rules/form413Fields';
import { checkSize, colours, contentWidth, margin, pageSize } from './layout';
import { Painter } from './painter';

interface OfferLayout {
  box: Form413CheckBoxName;
  key: string;
  /** The sub-lines to fill under the offer: field name and label key. */
  lines: ReadonlyArray<readonly [Form413TextFieldName, string]>;
}

const offers: readonly OfferLayout[] = [
  { box: 'offre.org', key: 'org', lines: [] },
  {
    box: 'offre.serveurSsl',
    key: 'serveurSsl',
    lines: [
      ['serveurSsl.domaine', 'domaine'],
      ['serveurSsl.serveur', 'serveur'],
    ],
  },
  { box: 'offre.serveurSmime', key: 'serveurSmime', lines: [['serveurSmime.domaine', 'domaine']] },
  { box: 'offre.pro', key: 'pro', lines: [['pro.domaine', 'domaine']] },
];

const textX = margin + 26;
const fieldX = margin + 272;
const fieldWidth = contentWidth - 272 - 10;

/** The four offer boxes with their domain / server lines, framed; returns the bottom of the frame. */
export function drawOffers(p: Painter, t: TFunction, start: number): number {
  let top = start + 8;
  offers.forEach((offer, index) => {
    if (index > 0) {
      const y = pageSize.height - top - 2;
      p.page.drawLine({
        start: { x: margin + 8, y },
        end: { x: margin + contentWidth - 8, y },
        thickness: 0.3,
        color: colours.rule,
      });
      top += 8;
    }
    const y = pageSize.height - top - checkSize - 1;
    p.form.createCheckBox(offer.box).addToPage(p.page, {
      x: margin + 10,
      y,
      width: checkSize,
      height: checkSize,
      borderColor: colours.ink,
      borderWidth: 0.8,
      backgroundColor: colours.white,
      textColor: colours.ink,
    });
    top +=
      p.paragraph(t(`offers.${offer.key}.label`), textX, top + 1, contentWidth - 36, { size: 8.5, font: 'bold' }) + 4;
    if (offer.lines.length === 0) return;
    p.write(t(`offers.${offer.key}.instruction`), textX, top + 7, { size: 7.5, font: 'italic' });
    top += 12;
    for (const [field, line] of offer.lines) {
      p.write(t(`offers.${offer.key}.${line}`), textX, top + 9, { size: 8 });
      p.paragraph(t(`offers.${offer.key}.${line}Hint`), textX, top + 12, fieldX - textX - 8, {
        size: 6.5,
        font: 'italic',
        colour: colours.hint,
      });
      const box = { x: fieldX, top: top + 2, width: fieldWidth, height: 18 };
      p.cell(box);
      p.textField(field, box);
      top += 30;
    }
  });
  top += 4;
  p.page.drawRectangle({
    x: margin,
    y: pageSize.height - top,
    width: contentWidth,
    height: top - start,
    borderColor: colours.rule,
    borderWidth: 0.8,
  });
  return top;
}
