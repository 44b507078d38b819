import { Answers } from '../answers';
import type { StructureType } from './choices';
import { cabinetCount, cabinetSlot, editorsOfCabinets } from './editors';
import { cabinetGroups } from '../plan/cabinetGroups';
import { hasSeveralEditors } from './predicates';
import { question, Question } from './question';

export const maxCabinets = 20;
const freeText = { type: 'text', maxLength: 120 } as const;

/** Section 3.1 and 4.2: the structure's identification, and the editor and solution in use. */
export function* structureQuestions(answers: Answers, structure: StructureType): Generator<Question, void, undefined> {
  if (structure === 'cabinet') {
    yield* cabinetQuestions(answers);
  } else {
    const context = { context: structure };
    yield question('denomination', 'denomination', freeText, 'structure', context);
    if (structure === 'gie') yield question('finess', 'finess', { type: 'identifier', identifier: 'finess' }, 'structure');
    else yield question('siret', 'siret', { type: 'identifier', identifier: 'siret' }, 'structure');
    yield question('editorName', 'editorName', freeText, 'usage');
  }
  yield* solutionQuestions(answers);
}

function* cabinetQuestions(answers: Answers): Generator<Question, void, undefined> {
  yield question('cabinetCount', 'cabinetCount', { type: 'number', min: 1, max: maxCabinets }, 'structure');
  const count = cabinetCount(answers);
  for (let index = 1; index <= count; index += 1) {
    // Several RPPS-rang may be typed at once wherever more than one cabinet is left.
    const acceptsList = index < count;
    const input = { type: 'identifier', identifier: 'rppsRang', acceptsList } as const;
    const params: Record<string, string | number> = acceptsList ? { index, count } : { index, count, context: 'one' };
    yield question(cabinetSlot(index, 'rppsRang'), 'rppsRang', input, 'structure', params);
  }
  if (count === 1) yield question('editorName', 'editorName', freeText, 'usage');
  for (let index = 1; count > 1 && index <= count; index += 1) {
    yield question(cabinetSlot(index, 'editorName'), 'cabinetEditorName', freeText, 'usage', { index });
  }
  // The denomination goes on a form only when that form's editor covers a single cabinet (guide §4, Cas 3).
  for (const group of cabinetGroups(answers)) {
    const only = group.cabinets.length === 1 ? group.cabinets[0] : undefined;
    if (only !== undefined) {
      yield question(cabinetSlot(only, 'denomination'), 'cabinetDenomination', freeText, 'structure', { index: only });
    }
  }
}

function* solutionQuestions(answers: Answers): Generator<Question, void, undefined> {
  if (!hasSeveralEditors(answers)) {
    yield question('solutionName', 'solutionName', freeText, 'usage');
    return;
  }
  for (const [position, editor] of editorsOfCabinets(answers).entries()) {
    const slot = `editor[${position + 1}].solutionName`;
    yield question(slot, 'editorSolutionName', freeText, 'usage', { editor: editor.name });
  }
}
