import type { TFunction } from 'i18next';
import type { PlaceOfPractice } from '../../rules/directory/place';
import { sectorLabelOf } from '../../rules/sectorLabels';

/** The field an answer key holds: `cabinet[2].rppsRang`, `radiologist[2].cabinet[1].rppsRang` → rppsRang. */
const fieldOf = (key: string): string => key.replace(/^(?:radiologist\[\d+\]\.)?cabinet\[\d+\]\./, '');

/** «C'est noté, d'après l'Annuaire Santé (extrait du …) :» and each value filled, as the ANS labels it. */
export function filledText(
  t: TFunction,
  values: Record<string, string>,
  place: PlaceOfPractice,
  edition: string,
): string {
  const lines = Object.entries(values).map(([key, value]) => {
    const field = fieldOf(key);
    const label = field === 'sectorCode' ? sectorLabelOf(value, place.sectorLabel) : undefined;
    const shown = label ? `${value} (${label})` : value;
    return `- ${t(`directory.filledFields.${field}`, { value: shown })}`;
  });
  return [t('directory.filled', { edition }), ...lines, t('directory.filledFooter')].join('\n');
}
