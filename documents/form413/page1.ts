import type { TFunction } from 'i18next';
import { representantQualites } from '../../rules/form413Fields';
import { charBox, checkSize, colours, contentWidth, labelWidth, margin, pageSize, valueWidth, valueX } from './layout';
import { Painter } from './painter';

const personRows = ['nom', 'prenoms', 'telephone', 'email', 'carte'] as const;

/** Section 3 (3.1 structure, 3.2 legal representative) below `top`. */
export function drawIdentification(p: Painter, t: TFunction, start: number): void {
  let top = start;
  top += p.band(t('section3.title'), margin, top, contentWidth, 1) + 6;
  top += p.band(t('section3.structure'), margin, top, contentWidth, 2);

  const row = (height: number, label: string, hint?: string) => {
    p.labelCell({ x: margin, top, width: labelWidth, height }, label, hint);
    p.cell({ x: valueX, top, width: valueWidth, height });
    const rowTop = top;
    top += height;
    return rowTop;
  };
  const boxesTop = (rowTop: number, height: number) => rowTop + (height - charBox.height) / 2;

  const denominationTop = row(30, t('section3.denomination'));
  p.textField('structure.denomination', { x: valueX, top: denominationTop + 4, width: valueWidth, height: 22 });
  const finessTop = row(38, t('section3.finess'), t('section3.finessHint'));
  p.textField('structure.finess', p.charBoxes(9, valueX + 26, boxesTop(finessTop, 38)), { comb: 9 });
  const siretTop = row(30, t('section3.siret'));
  p.textField('structure.siret', p.charBoxes(14, valueX + 26, boxesTop(siretTop, 30)), { comb: 14 });
  const rppsTop = row(4 * 26 + 8, t('section3.rppsRang'), t('section3.rppsRangHint'));
  for (let slot = 1; slot <= 4; slot += 1) {
    const slotTop = rppsTop + 4 + (slot - 1) * 26;
    p.write(`${slot}.`, valueX + 10, slotTop + 17, { size: 8.5 });
    p.textField(`structure.rppsRang${slot}`, p.charBoxes(14, valueX + 26, boxesTop(slotTop, 26)), { comb: 14 });
  }

  top += 16;
  top += p.band(t('section3.representative'), margin, top, contentWidth, 2);
  const qualiteTop = row(30, t('section3.qualite'));
  const group = p.form.createRadioGroup('representant.qualite');
  let x = valueX + 10;
  for (const option of representantQualites) {
    const y = pageSize.height - qualiteTop - 15 - checkSize / 2;
    group.addOptionToPage(option, p.page, {
      x,
      y,
      width: checkSize,
      height: checkSize,
      borderColor: colours.ink,
      borderWidth: 0.8,
      backgroundColor: colours.white,
      textColor: colours.ink,
    });
    const caption = t(`section3.qualites.${option}`);
    p.write(caption, x + checkSize + 5, qualiteTop + 18, { size: 8.5 });
    x += checkSize + 5 + p.width(caption) + 22;
  }
  for (const name of personRows) {
    const rowTop = row(26, t(`section3.${name}`));
    p.textField(`representant.${name}`, { x: valueX, top: rowTop + 3, width: valueWidth, height: 20 });
  }
}
