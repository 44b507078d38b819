import { Answers, answerNumber, answerText } from '../answers';
import { radiologistCount, radiologistPrefix } from './radiologists';

/** Editor names compare without case or extra spaces: «Xplore » and «xplore» are one editor. */
export const editorKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');

/** One cabinet of the request: radiologist `radiologist`'s cabinet `index` (both 1-based). */
export interface CabinetRef {
  radiologist: number;
  index: number;
}

export const cabinetSlot = (index: number, field: string, radiologist = 1): string =>
  `${radiologistPrefix(radiologist)}cabinet[${index}].${field}`;

export function cabinetCount(answers: Answers, radiologist = 1): number {
  return answerNumber(answers, `${radiologistPrefix(radiologist)}cabinetCount`) ?? 0;
}

/** Radiologist k's cabinets, in order. */
export function cabinetsOf(answers: Answers, radiologist: number): CabinetRef[] {
  return Array.from({ length: cabinetCount(answers, radiologist) }, (_, offset) => ({
    radiologist,
    index: offset + 1,
  }));
}

/** Every cabinet of the request, radiologist after radiologist. */
export function allCabinets(answers: Answers): CabinetRef[] {
  return Array.from({ length: radiologistCount(answers) }, (_, offset) => cabinetsOf(answers, offset + 1)).flat();
}

const firstRadiologistEditor = (answers: Answers, index: number): string | undefined =>
  cabinetCount(answers) > 1 ? answerText(answers, cabinetSlot(index, 'editorName')) : answerText(answers, 'editorName');

/** Distinct editor names in the order first named, each with the cabinets using it. */
function distinctEditors(
  cabinets: CabinetRef[],
  editorOf: (cabinet: CabinetRef) => string | undefined,
): { name: string; cabinets: CabinetRef[] }[] {
  const editors: { name: string; cabinets: CabinetRef[] }[] = [];
  for (const cabinet of cabinets) {
    const name = editorOf(cabinet);
    if (name === undefined) continue;
    const existing = editors.find((editor) => editorKey(editor.name) === editorKey(name));
    if (existing) existing.cabinets.push(cabinet);
    else editors.push({ name: name.trim().replace(/\s+/g, ' '), cabinets: [cabinet] });
  }
  return editors;
}

/** The first radiologist's cabinets named several editors: the others' cabinets are then asked theirs too. */
export function firstRadiologistHasSeveralEditors(answers: Answers): boolean {
  if (cabinetCount(answers) <= 1) return false;
  return (
    distinctEditors(cabinetsOf(answers, 1), (cabinet) => firstRadiologistEditor(answers, cabinet.index)).length > 1
  );
}

/**
 * The editor of a cabinet: the first radiologist's as he named them (the shared `editorName` for a single
 * cabinet); another radiologist's cabinets share the first one's editor unless he named several.
 */
export function cabinetEditor(answers: Answers, index: number, radiologist = 1): string | undefined {
  if (radiologist === 1) return firstRadiologistEditor(answers, index);
  if (firstRadiologistHasSeveralEditors(answers))
    return answerText(answers, cabinetSlot(index, 'editorName', radiologist));
  return firstRadiologistEditor(answers, 1);
}

/** Distinct editors in the order they were named, each with its cabinets (every radiologist's). */
export function editorsOfCabinets(answers: Answers): { name: string; cabinets: CabinetRef[] }[] {
  return distinctEditors(allCabinets(answers), (cabinet) => cabinetEditor(answers, cabinet.index, cabinet.radiologist));
}
