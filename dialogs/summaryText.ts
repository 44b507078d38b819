import type { TFunction } from 'i18next';
import type { Answers } from '../rules/answers';
import type { Plan } from '../rules/plan/schema';
import type { Question, SummaryGroup } from '../rules/questions/question';
import { walk } from '../rules/questions/walk';
import { textWith } from './translatorCache';
import { choiceLabel } from './vocabulary';

const groupOrder: SummaryGroup[] = ['situation', 'structure', 'representant', 'admins', 'usage'];

export const questionLabel = (t: TFunction, question: Question): string => textWith(t, `questions.${question.topic}.label`, question.params);

/** An answer as the user should read it back: choice labels, not ids. */
export function displayValue(t: TFunction, question: Question, answers: Answers): string {
  const value = answers[question.key];
  const input = question.input;
  if (input.type === 'choice' || input.type === 'multiChoice') {
    const ids = Array.isArray(value) ? value : [String(value)];
    return ids.map((id) => choiceLabel(t, input.choices, id)).join(', ');
  }
  if (input.type === 'sectorCode' && value === 'unknown') return t('choices.sectorCodeUnknown.unknown.label');
  return String(value ?? '');
}

/** Everything collected, grouped as on the form, with the case and the number of forms. */
/** Where an answer came from when the user did not type it: «(fourni par votre éditeur)», «(Annuaire Santé, …)». */
export type SourceMark = (key: string) => string | undefined;

export function summaryText(t: TFunction, answers: Answers, plan: Plan, sourceOf: SourceMark): string {
  const answered = walk(answers).answered;
  const lines = [t('summary.title', { caseLabel: t(`plan.cases.${plan.caseNumber ?? 3}`), count: plan.outcome.forms })];
  for (const group of groupOrder) {
    const questions = answered.filter((question) => question.group === group);
    if (questions.length === 0) continue;
    lines.push('', `**${t(`summary.groups.${group}`)}**`);
    for (const question of questions) {
      const source = sourceOf(question.key);
      lines.push(`- ${questionLabel(t, question)} : ${displayValue(t, question, answers)}${source ? ` ${source}` : ''}`);
    }
  }
  return lines.join('\n');
}
