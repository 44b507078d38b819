import { Answers, answerText, isYes } from '../answers';
import { form413AdminRows, RepresentantQualite } from '../form413Fields';
import { cabinetGroups } from '../plan/cabinetGroups';
import { choiceSets, StructureType } from './choices';
import { adminsPerEditor } from './predicates';
import { question, Question } from './question';
import { radiologistParams, radiologistPrefix } from './radiologists';

export const personFields = ['nom', 'prenoms', 'telephone', 'email', 'carte'] as const;
export const adminFields = ['carte', 'nom', 'prenom', 'telephone', 'email'] as const;
export type AdminField = (typeof adminFields)[number];

const inputOf = (field: string) =>
  field === 'telephone' || field === 'email' || field === 'carte'
    ? ({ type: 'identifier', identifier: field } as const)
    : ({ type: 'personName' } as const);

/**
 * The 3.2 box the guide ticks in each case's example: «Responsable légal» for a GIE (Cas 2), «Titulaire du
 * cabinet» for a radiologist in a société d'exercice (Cas 1) or in his cabinets (Cas 3).
 */
export const impliedQualite = (structure: StructureType): RepresentantQualite =>
  structure === 'gie' ? 'responsableLegal' : 'titulaireCabinet';

/**
 * Section 3.2 for one signatory (the structure's, or radiologist k's): the box is inferred from the case,
 * not asked (the user may change it in the summary), then the person.
 */
export function* representantQuestions(
  answers: Answers,
  structure: StructureType,
  radiologist = 1,
): Generator<Question, void, undefined> {
  const prefix = `${radiologistPrefix(radiologist)}representant.`;
  const params = { context: structure, ...(structure === 'cabinet' ? radiologistParams(answers, radiologist) : {}) };
  const box = { type: 'choice', choices: choiceSets.representantQualite } as const;
  yield {
    ...question(`${prefix}qualite`, 'representantQualite', box, 'representant', params),
    inferred: impliedQualite(structure),
  };
  for (const field of personFields) {
    yield question(`${prefix}${field}`, `representant.${field}`, inputOf(field), 'representant', params);
  }
}

/** Section 4.1: the technical administrators, shared by every form, or per editor when each has its own. */
export function* adminQuestions(answers: Answers): Generator<Question, void, undefined> {
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
    const params: Record<string, string | number> =
      editor === undefined ? { index: row } : { index: row, editor, context: 'editor' };
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
