import type { TFunction } from 'i18next';
import type { Answers } from '../../rules/answers';
import { matchChoices, matchOneChoice } from '../../rules/questions/matchChoice';
import type { Question } from '../../rules/questions/question';
import { walk } from '../../rules/questions/walk';
import { questionLabel, radiologistOfQuestion } from './summaryText';
import { listOf } from '../vocabulary';

type Target = { keys: string[]; phrases: string[] };

/** The radiologist a question is about, as the user names him: his number and, once given, his name. */
function radiologistOf(question: Question): { radiologist: number; name?: string } | undefined {
  const radiologist = radiologistOfQuestion(question);
  const name = question.params['radiologistName'];
  return radiologist === undefined ? undefined : { radiologist, ...(typeof name === 'string' ? { name } : {}) };
}

/** Phrases about one radiologist: «le téléphone du Dr Moreau», «… de Moreau», «… du radiologue 2». */
function aboutRadiologist(
  t: TFunction,
  phrases: readonly string[],
  who: { radiologist: number; name?: string },
): string[] {
  const patterns = listOf(t('summary.targets.ofRadiologist', { returnObjects: true })).filter(
    (pattern) => who.name !== undefined || !pattern.includes('{{name}}'),
  );
  const fill = (pattern: string, phrase: string) =>
    pattern
      .replace('{{phrase}}', phrase)
      .replace('{{name}}', who.name ?? '')
      .replace('{{radiologist}}', String(who.radiologist));
  return phrases.flatMap((phrase) => patterns.map((pattern) => fill(pattern, phrase)));
}

/** A label that tells the radiologists apart: «Téléphone du représentant (Dr MOREAU)». */
function labelOf(t: TFunction, label: string, who: { radiologist: number; name?: string } | undefined): string {
  if (!who) return label;
  return t('summary.ofRadiologist', {
    label,
    radiologist: who.radiologist,
    name: who.name,
    context: who.name === undefined ? undefined : 'named',
  });
}

function questionTarget(t: TFunction, question: Question): Target {
  const phrases = [
    questionLabel(t, question),
    ...listOf(t(`questions.${question.topic}.synonyms`, { returnObjects: true })),
  ];
  const who = radiologistOf(question);
  if (!who) return { keys: [question.key], phrases };
  return {
    keys: [question.key],
    phrases: [labelOf(t, phrases[0] ?? question.key, who), ...phrases, ...aboutRadiologist(t, phrases, who)],
  };
}

/** The row a question belongs to, when it is one person's («l'administrateur 2», «le représentant») or one radiologist's RPPS-rang. */
function rowOf(question: Question): string | undefined {
  if (question.inferred !== undefined) return undefined;
  const person = /^((?:editor\[\d+\]\.)?admin\[\d+\]|(?:radiologist\[\d+\]\.)?representant)\./.exec(question.key)?.[1];
  if (person) return person;
  const rppsRangs = /^((?:radiologist\[\d+\]\.)?)cabinet\[\d+\]\.rppsRang$/.exec(question.key);
  return rppsRangs ? `${rppsRangs[1] ?? ''}rppsRangs` : undefined;
}

/** A row as a whole («l'administrateur 2», «l'administrateur 1 (Xplore)», «le Dr Moreau», «les RPPS-rang»): every answer of it. */
function groupTargets(t: TFunction, answered: Question[]): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const question of answered) {
    const row = rowOf(question);
    if (row === undefined) continue;
    const target = targets.get(row) ?? { keys: [], phrases: rowPhrases(t, row, question) };
    target.keys.push(question.key);
    targets.set(row, target);
  }
  // One RPPS-rang is a question of its own: «les RPPS-rang» only where a radiologist has several.
  for (const [row, target] of targets) if (row.endsWith('rppsRangs') && target.keys.length < 2) targets.delete(row);
  return targets;
}

function rowPhrases(t: TFunction, row: string, question: Question): string[] {
  const who = radiologistOf(question);
  if (row.endsWith('representant') || row.endsWith('rppsRangs')) {
    const plain = listOf(
      t(`summary.targets.${row.endsWith('representant') ? 'representant' : 'rppsRangs'}`, { returnObjects: true }),
    );
    if (!who) return plain;
    const person = row.endsWith('representant')
      ? listOf(t('summary.targets.radiologist', { returnObjects: true }))
      : [];
    const named = person
      .filter((phrase) => who.name !== undefined || !phrase.includes('{{name}}'))
      .map((phrase) => phrase.replace('{{name}}', who.name ?? '').replace('{{radiologist}}', String(who.radiologist)));
    return [labelOf(t, plain[0] ?? row, who), ...plain, ...named, ...aboutRadiologist(t, plain, who)];
  }
  const index = Number(row.match(/admin\[(\d+)\]$/)?.[1] ?? 1);
  const editor = typeof question.params['editor'] === 'string' ? question.params['editor'] : undefined;
  const fill = (phrase: string) => phrase.replace('{{index}}', String(index)).replace('{{editor}}', editor ?? '');
  const plain = listOf(t('summary.targets.admin', { returnObjects: true })).map(fill);
  // With each editor's own admins, the editor's name comes first: it is the label the user picks from.
  return editor === undefined
    ? plain
    : [...listOf(t('summary.targets.adminEditor', { returnObjects: true })).map(fill), ...plain];
}

export type ChangeTarget =
  | { kind: 'keys'; keys: string[] }
  | { kind: 'ambiguous'; candidates: { id: string; label: string }[] }
  | { kind: 'none' };

/** What "changer le téléphone" / "modifier l'administrateur 2" / «changer le téléphone du Dr Moreau» names among the answers given. */
export function resolveChangeTarget(t: TFunction, answers: Answers, text: string): ChangeTarget {
  const answered = walk(answers).answered;
  const vocabulary: Record<string, string[]> = {};
  const keysOf = new Map<string, string[]>();
  for (const question of answered) {
    const target = questionTarget(t, question);
    vocabulary[question.key] = target.phrases;
    keysOf.set(question.key, target.keys);
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
