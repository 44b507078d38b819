import type { TFunction } from 'i18next';
import type { Language } from '../../locales';
import type { DirectoryEdition, PlaceOfPractice, Practitioner } from '../../rules/directory/place';
import type { ChoiceVocabulary } from '../../rules/questions/matchChoice';
import { sectorLabelOf } from '../../rules/sectorLabels';
import type { Choice } from '../choiceActivity';
import { formatDate } from '../formatDate';
import { phrasesOf } from '../vocabulary';

/** «extrait du 28 novembre 2026» / «consulté le 1 décembre 2026». */
export const editionText = (t: TFunction, edition: DirectoryEdition, language: Language): string =>
  t(`directory.edition.${edition.source}`, { date: formatDate(edition.asOf, language) });

export const practitionerName = (practitioner: Practitioner): string =>
  `${practitioner.firstName} ${practitioner.lastName}`.trim();

const townOf = (place: PlaceOfPractice): string => [place.postalCode, place.town].filter(Boolean).join(' ');

/**
 * One place as the annuaire shows it: raison sociale and town, then each detail (sector, identifiers) as a
 * Markdown list item, so that Web Chat and Teams show one per line (an indented line would join the title's).
 */
export function placeBlock(t: TFunction, place: PlaceOfPractice, number: number): string {
  const sector = [place.sectorCode, sectorLabelOf(place.sectorCode, place.sectorLabel)].filter(Boolean).join(' ');
  const fields: [string, string | undefined][] = [
    ['tradeName', place.tradeName],
    ['sector', sector],
    ['siret', place.siret],
    ['finess', place.finess],
    ['rppsRang', place.rppsRang],
    ['nationalStructureId', place.nationalStructureId],
  ];
  const details = fields
    .filter(([, value]) => value)
    .map(([field, value]) => `- ${t(`directory.placeFields.${field}`, { value })}`);
  return [
    t('directory.placeTitle', { number, denomination: place.denomination, town: townOf(place) }),
    ...details,
  ].join('\n');
}

export const placeChoiceLabel = (t: TFunction, place: PlaceOfPractice, number: number): string =>
  t('directory.placeChoice', { number, denomination: place.denomination, town: place.town ?? place.postalCode ?? '' });

/** The choices for a list of places (ids 1…n), or a yes / no when there is only one. */
export function placeChoices(t: TFunction, places: readonly PlaceOfPractice[]): Choice[] {
  const listed =
    places.length === 1
      ? [{ id: '1', label: t('directory.placeConfirm') }]
      : places.map((place, index) => ({ id: String(index + 1), label: placeChoiceLabel(t, place, index + 1) }));
  return [...listed, { id: 'none', label: t('directory.placeNotListed') }];
}

export function practitionerChoices(t: TFunction, practitioners: readonly Practitioner[]): Choice[] {
  return practitioners.map((practitioner, index) => {
    const towns = [...new Set(practitioner.places.map((place) => place.town).filter(Boolean))].join(', ');
    return {
      id: `p${index + 1}`,
      label: t('directory.practitionerLabel', { name: practitionerName(practitioner), towns }),
    };
  });
}

/** What names each place choice: its label, raison sociale, enseigne and town; «aucun», and «oui» for a single place. */
export function placeVocabulary(t: TFunction, places: readonly PlaceOfPractice[]): ChoiceVocabulary {
  const vocabulary: Record<string, string[]> = {
    none: [t('directory.placeNotListed'), ...phrasesOf(t, 'directory.placeNotListedSynonyms')],
  };
  for (const [index, place] of places.entries()) {
    const names = [placeChoiceLabel(t, place, index + 1), place.denomination, place.tradeName, place.town].filter(
      (name): name is string => Boolean(name),
    );
    vocabulary[String(index + 1)] =
      places.length === 1
        ? [t('directory.placeConfirm'), ...phrasesOf(t, 'directory.placeConfirmSynonyms'), ...names]
        : names;
  }
  return vocabulary;
}
