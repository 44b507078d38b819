import { z } from 'zod';
import type { Answers } from './answers';
import { form413AdminRows } from './form413Fields';
import { editorKey } from './questions/editors';
import { adminFields } from './questions/peopleQuestions';
import { delegatesToEditor } from './questions/predicates';
import type { Question } from './questions/question';

/** What an editor's support site already knows (its widget configuration). */
export const editorPrefillSchema = z.object({
  name: z.string().min(1),
  solutions: z.array(z.string().min(1)).default([]),
  technicalAdmins: z
    .array(
      z.object({ carte: z.string(), nom: z.string(), prenom: z.string(), telephone: z.string(), email: z.string() }),
    )
    .max(form413AdminRows)
    .default([]),
});
export type EditorPrefill = z.infer<typeof editorPrefillSchema>;

const adminSlot = /^(?:editor\[(\d+)\]\.)?(admin\[(\d+)\]\.(\w+)|moreAdmins\[(\d+)\])$/;

/**
 * The editor's value for a question, if it has one and it applies: its name and single solution always
 * (the visitor came through its widget), its admins only when the practice delegates to this editor.
 */
export function prefillValue(
  question: Question,
  answers: Answers,
  editor: EditorPrefill,
  editorOfGroup?: (position: number) => string | undefined,
): string | undefined {
  if (question.key === 'editorName' || /^cabinet\[1\]\.editorName$/.test(question.key)) return editor.name;
  if (question.key === 'solutionName' && editor.solutions.length === 1) return editor.solutions[0];
  const match = question.key.match(adminSlot);
  if (!match || !delegatesToEditor(answers)) return undefined;
  const [, groupPosition, , row, field, moreRow] = match;
  if (groupPosition !== undefined && editorKey(editorOfGroup?.(Number(groupPosition)) ?? '') !== editorKey(editor.name))
    return undefined;
  if (moreRow !== undefined) return Number(moreRow) < editor.technicalAdmins.length ? 'yes' : undefined;
  const admin = editor.technicalAdmins[Number(row) - 1];
  const known = adminFields.find((name) => name === field);
  return admin && known ? admin[known] : undefined;
}
