import { Answers, answerText, isYes } from '../answers';
import { form413AdminRows } from '../form413Fields';
import { cabinetGroups } from '../plan/cabinetGroups';
import { choiceSets, StructureType } from './choices';
import { adminsPerEditor } from './predicates';
import { question, Question } from './question';

export const personFields = ['nom', 'prenoms', 'telephone', 'email', 'carte'] as const;
export const adminFields = ['carte', 'nom', 'prenom', 'telephone', 'email'] as const;
export type AdminField = (typeof adminFields)[number];

const inputOf = (field: string) =>
  field === 'telephone' || field === 'email' || field === 'carte'
    ? ({ type: 'identifier', identifier: field } as const)
    : ({ type: 'personName' } as const);

/** Section 3.2 (the signatory) then 4.1 (technical administrators), per editor when each has its own. */
export function* peopleQuestions(answers: Answers, structure: StructureType): Generator<Question, void, undefined> {
  // Cas 2 and Cas 3 imply the box (guide §4); a société d'exercice may be signed by its legal representative.
  if (structure === 'societe') {
    const input = { type: 'choice', choices: choiceSets.representantQualite } as const;
    yield question('representant.qualite', 'representantQualite', input, 'representant');
  }
  for (const field of personFields) {
    yield question(`representant.${field}`, `representant.${field}`, inputOf(field), 'representant', { context: structure });
  }
  if (!adminsPerEditor(answers)) {
    yield* adminRows(answers, '');
    return;
  }
  for (const group of cabinetGroups(answers)) {
    yield* adminRows(answers, `editor[${group.editorPosition ?? 1}].`, group.editors[0]);
  }
}

/** Admin rows until the user says no more, at most the form's three rows. */
function* adminRows(answers: Answers, prefix: string, editor?: string): Generator<Question, void, undefined> {
  for (let row = 1; row <= form413AdminRows; row += 1) {
    const params: Record<string, string | number> = editor === undefined ? { index: row } : { index: row, editor, context: 'editor' };
    for (const field of adminFields) {
      yield question(`${prefix}admin[${row}].${field}`, `admin.${field}`, inputOf(field), 'admins', params);
    }
    if (row === form413AdminRows) return;
    const moreKey = `${prefix}moreAdmins[${row}]`;
    const yesNo = { type: 'choice', choices: choiceSets.yesNo } as const;
    yield question(`${prefix}moreAdmins`, 'moreAdmins', yesNo, 'admins', params, moreKey);
    if (!isYes(answers, moreKey)) return;
  }
}

export const adminAnswer = (answers: Answers, prefix: string, row: number, field: AdminField): string =>
  answerText(answers, `${prefix}admin[${row}].${field}`) ?? '';
