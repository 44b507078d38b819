import type { TFunction } from 'i18next';
import { prefillValue } from '../../rules/prefill';
import { editorsOfCabinets } from '../../rules/questions/editors';
import { parseAnswer } from '../../rules/questions/parseAnswer';
import { Session, walkSession } from '../session';
import { answerVocabulary } from '../vocabulary';

/**
 * Answers the next questions the editor's widget already knows, checked like typed answers; stops at the
 * first question it cannot answer. Returns whether anything was filled.
 */
export function applyPrefill(session: Session, t: TFunction): boolean {
  const editor = session.editorPrefill;
  if (!editor) return false;
  let filled = false;
  for (let next = walkSession(session).next; next; next = walkSession(session).next) {
    if (session.prefillUsed.includes(next.key)) break;
    const editorOfGroup = (position: number) => editorsOfCabinets(session.answers)[position - 1]?.name;
    const value = prefillValue(next, session.answers, editor, editorOfGroup);
    if (value === undefined) break;
    const parsed = parseAnswer(next, value, answerVocabulary(t, next));
    if (!parsed.ok) break;
    Object.assign(session.answers, parsed.values);
    session.prefillUsed.push(next.key);
    session.prefilledKeys.push(...Object.keys(parsed.values));
    filled = true;
  }
  return filled;
}
