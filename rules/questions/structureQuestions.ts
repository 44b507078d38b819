import { Answers } from '../answers';
import type { StructureType } from './choices';
import { cabinetCount, cabinetSlot, editorsOfCabinets } from './editors';
import { radiologistGroups } from '../plan/cabinetGroups';
import { hasSeveralEditors } from './predicates';
import { question, Question } from './question';
import { isGroupCabinet, radiologistParams, radiologistPrefix } from './radiologists';

export const maxCabinets = 20;
const freeText = { type: 'text', maxLength: 120 } as const;

/** Section 3.1 and 4.2: the structure's identification (the first radiologist's cabinets), the editor and solution. */
export function* structureQuestions(answers: Answers, structure: StructureType): Generator<Question, void, undefined> {
  if (structure === 'cabinet') {
    yield* radiologistCabinetQuestions(answers, 1);
    return;
  }
  const context = { context: structure };
  yield question('denomination', 'denomination', freeText, 'structure', context);
  if (structure === 'gie')
    yield question('finess', 'finess', { type: 'identifier', identifier: 'finess' }, 'structure');
  else yield question('siret', 'siret', { type: 'identifier', identifier: 'siret' }, 'structure');
  yield question('editorName', 'editorName', freeText, 'usage');
  yield* solutionQuestions(answers, 1);
}

/**
 * One radiologist's cabinets (guide §4, Cas 3): how many, their RPPS-rang, their editors where they are not
 * shared, the names of the cabinets alone on a form, and the solution of each editor he names first.
 */
export function* radiologistCabinetQuestions(
  answers: Answers,
  radiologist: number,
): Generator<Question, void, undefined> {
  const about = radiologistParams(answers, radiologist);
  // A group's first radiologist hears that each radiologist gets his own forms.
  const opening: Record<string, string> = radiologist === 1 && isGroupCabinet(answers) ? { context: 'group' } : {};
  const prefix = radiologistPrefix(radiologist);
  yield question(`${prefix}cabinetCount`, 'cabinetCount', { type: 'number', min: 1, max: maxCabinets }, 'structure', {
    ...about,
    ...opening,
  });
  const count = cabinetCount(answers, radiologist);
  for (let index = 1; index <= count; index += 1) {
    // Several RPPS-rang may be typed at once wherever more than one cabinet is left.
    const acceptsList = index < count;
    const input = { type: 'identifier', identifier: 'rppsRang', acceptsList } as const;
    const params: Record<string, string | number> = acceptsList ? { index, count } : { index, count, context: 'one' };
    yield question(cabinetSlot(index, 'rppsRang', radiologist), 'rppsRang', input, 'structure', {
      ...about,
      ...params,
    });
  }
  yield* editorQuestions(answers, radiologist, count, about);
  // The denomination goes on a form only when that form's editor covers a single cabinet (guide §4, Cas 3).
  for (const group of radiologistGroups(answers, radiologist)) {
    const only = group.cabinets.length === 1 ? group.cabinets[0] : undefined;
    if (only !== undefined) {
      yield question(
        cabinetSlot(only.index, 'denomination', radiologist),
        'cabinetDenomination',
        freeText,
        'structure',
        { ...about, index: only.index },
      );
    }
  }
  yield* solutionQuestions(answers, radiologist);
}

/** The first radiologist names each cabinet's editor; the others only when his cabinets named several. */
function* editorQuestions(
  answers: Answers,
  radiologist: number,
  count: number,
  about: Record<string, string | number>,
): Generator<Question, void, undefined> {
  if (radiologist === 1 && count === 1) {
    yield question('editorName', 'editorName', freeText, 'usage');
    return;
  }
  if (radiologist !== 1 && !hasSeveralEditors(answers)) return;
  for (let index = 1; index <= count; index += 1) {
    yield question(cabinetSlot(index, 'editorName', radiologist), 'cabinetEditorName', freeText, 'usage', {
      ...about,
      index,
    });
  }
}

/** «Solution utilisée»: one for a single editor, else one per editor, asked where the editor is first named. */
function* solutionQuestions(answers: Answers, radiologist: number): Generator<Question, void, undefined> {
  if (!hasSeveralEditors(answers)) {
    if (radiologist === 1) yield question('solutionName', 'solutionName', freeText, 'usage');
    return;
  }
  for (const [position, editor] of editorsOfCabinets(answers).entries()) {
    if (editor.cabinets[0]?.radiologist !== radiologist) continue;
    const slot = `editor[${position + 1}].solutionName`;
    yield question(slot, 'editorSolutionName', freeText, 'usage', { editor: editor.name });
  }
}
