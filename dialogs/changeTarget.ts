import type { TFunction } from 'i18next';
import type { Answers } from '../rules/answers';
import { matchChoices, matchOneChoice } from '../rules/questions/matchChoice';
import type { Question } from '../rules/questions/question';
import { walk } from '../rules/questions/walk';
import { questionLabel } from './summaryText';
import { listOf } from './vocabulary';


/** A person as a whole («l'administrateur 2», «l'administrateur 1 (Xplore)», «le représentant»): every answer of that row. */
function groupTargets(t: TFunction, answered: Question[]): Map<string, { keys: string[]; phrases: string[] }> {
  const targets = new Map<string, { keys: string[]; phrases: string[] }>();
  for (const question of answered) {
    const row = question.key.match(/^((?:editor\[\d+\]\.)?admin\[\d+\])\./)?.[1] ?? (question.key.startsWith('representant.') ? 'representant' : undefined);
    if (row === undefined) continue;
    const target = targets.get(row) ?? { keys: [], phrases: rowPhrases(t, row, question) };
    target.keys.push(question.key);
    targets.set(row, target);
  }
  return targets;
}

function rowPhrases(t: TFunction, row: string, question: Question): string[] {
  if (row === 'representant') return listOf(t('summary.targets.representant', { returnObjects: true }));
  const index = Number(row.match(/admin\[(\d+)\]$/)?.[1] ?? 1);
  const editor = typeof question.params.editor === 'string' ? question.params.editor : undefined;
  const fill = (phrase: string) => phrase.replace('{{index}}', String(index)).replace('{{editor}}', editor ?? '');
  const plain = listOf(t('summary.targets.admin', { returnObjects: true })).map(fill);
  // With each editor's own admins, the editor's name comes first: it is the label the user picks from.
  return editor === undefined ? plain : [...listOf(t('summary.targets.adminEditor', { returnObjects: true })).map(fill), ...plain];
}

export type ChangeTarget = { kind: 'keys'; keys: string[] } | { kind: 'ambiguous'; candidates: { id: string; label: string }[] } | { kind: 'none' };

/** What "changer le téléphone" / "modifier l'administrateur 2" names among the answers given. */
export function resolveChangeTarget(t: TFunction, answers: Answers, text: string): ChangeTarget {
  const answered = walk(answers).answered;
  const vocabulary: Record<string, string[]> = {};
  const keysOf = new Map<string, string[]>();
  for (const question of answered) {
    vocabulary[question.key] = [questionLabel(t, question), ...listOf(t(`questions.${question.topic}.synonyms`, { returnObjects: true }))];
    keysOf.set(question.key, [question.key]);
  }
  for (const [row, target] of groupTargets(t, answered)) {
    vocabulary[row] = target.phrases;
    keysOf.set(row, target.keys);
  }
  const ids = [...keysOf.keys()];
  const chosen = matchOneChoice(text, ids, vocabulary);
  if (chosen !== undefined) return { kind: 'keys', keys: keysOf.get(chosen) ?? [] };
  const candidates = matchChoices(text, ids, vocabulary).slice(0, 6);
  if (candidates.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', candidates: candidates.map((id) => ({ id, label: vocabulary[id]?.[0] ?? id })) };
}
