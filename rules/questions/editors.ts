import { Answers, answerNumber, answerText } from '../answers';

/** Editor names compare without case or extra spaces: «Xplore » and «xplore» are one editor. */
export const editorKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');

export const cabinetSlot = (index: number, field: string): string => `cabinet[${index}].${field}`;

export function cabinetCount(answers: Answers): number {
  return answerNumber(answers, 'cabinetCount') ?? 0;
}

/** The editor of cabinet `index` (1-based): the shared `editorName` when there is a single cabinet. */
export function cabinetEditor(answers: Answers, index: number): string | undefined {
  return cabinetCount(answers) > 1 ? answerText(answers, cabinetSlot(index, 'editorName')) : answerText(answers, 'editorName');
}

/** Distinct editors in the order they were named, each with its cabinets (1-based indexes). */
export function editorsOfCabinets(answers: Answers): { name: string; cabinets: number[] }[] {
  const editors: { name: string; cabinets: number[] }[] = [];
  for (let index = 1; index <= cabinetCount(answers); index += 1) {
    const name = cabinetEditor(answers, index);
    if (name === undefined) continue;
    const existing = editors.find((editor) => editorKey(editor.name) === editorKey(name));
    if (existing) existing.cabinets.push(index);
    else editors.push({ name: name.trim().replace(/\s+/g, ' '), cabinets: [index] });
  }
  return editors;
}
