import type { TFunction } from 'i18next';
import type { Answers } from '../../rules/answers';
import type { Plan } from '../../rules/plan/schema';
import type { Question, SummaryGroup } from '../../rules/questions/question';
import { answerOf, walk } from '../../rules/questions/walk';
import { textWith } from '../translatorCache';
import { choiceLabel } from '../vocabulary';

const groupOrder: SummaryGroup[] = ['situation', 'structure', 'representant', 'admins', 'usage'];

export const questionLabel = (t: TFunction, question: Question): string =>
  textWith(t, `questions.${question.topic}.label`, question.params);

/** The radiologist a question is about, when several are declared (Cas 3, cabinet de groupe). */
export const radiologistOfQuestion = (question: Question): number | undefined =>
  typeof question.params['radiologist'] === 'number' ? question.params['radiologist'] : undefined;

/** An answer as the user should read it back: choice labels, not ids; an inferred one as the case implies it. */
export function displayValue(t: TFunction, question: Question, answers: Answers): string {
  const value = answerOf(question, answers);
  const input = question.input;
  if (input.type === 'choice' || input.type === 'multiChoice') {
    const ids = Array.isArray(value) ? value : [String(value)];
    return ids.map((id) => choiceLabel(t, input.choices, id)).join(', ');
  }
  if (input.type === 'sectorCode' && value === 'unknown') return t('choices.sectorCodeUnknown.unknown.label');
  return String(value ?? '');
}

/** Where an answer came from when the user did not type it: «(fourni par votre éditeur)», «(Annuaire Santé, …)». */
export type SourceMark = (key: string) => string | undefined;

function line(t: TFunction, question: Question, answers: Answers, sourceOf: SourceMark): string {
  // An inferred answer says so, and that it can be changed here (the 3.2 box the guide ticks for the case).
  const source = question.key in answers ? sourceOf(question.key) : t('summary.inferred');
  const labelled = t('common.labelValue', {
    label: questionLabel(t, question),
    value: displayValue(t, question, answers),
  });
  return `- ${labelled}${source ? ` ${source}` : ''}`;
}

/** Each radiologist's block: his cabinets and his 3.2 identity, under his name and the number of his forms. */
function radiologistBlocks(
  t: TFunction,
  answered: Question[],
  answers: Answers,
  plan: Plan,
  sourceOf: SourceMark,
): string[] {
  const numbers = [
    ...new Set(answered.map(radiologistOfQuestion).filter((number): number is number => number !== undefined)),
  ];
  return numbers.flatMap((radiologist) => {
    const questions = answered.filter((question) => radiologistOfQuestion(question) === radiologist);
    const name =
      questions.map((question) => question.params['radiologistName']).find((value) => typeof value === 'string') ?? '';
    const count = plan.forms.filter((form) => form.radiologist === radiologist).length;
    const heading = t('summary.radiologist', { radiologist, name, count, context: name === '' ? undefined : 'named' });
    return ['', `**${heading}**`, ...questions.map((question) => line(t, question, answers, sourceOf))];
  });
}

/** Everything collected, grouped as on the form (each radiologist's part on its own), with the case and the number of forms. */
export function summaryText(t: TFunction, answers: Answers, plan: Plan, sourceOf: SourceMark): string {
  const answered = walk(answers).answered;
  const lines = [t('summary.title', { caseLabel: t(`plan.cases.${plan.caseNumber ?? 3}`), count: plan.outcome.forms })];
  const shared = answered.filter((question) => radiologistOfQuestion(question) === undefined);
  for (const group of groupOrder) {
    // Several radiologists: their parts come before what they share (admins, editor and solution).
    if (group === 'admins') lines.push(...radiologistBlocks(t, answered, answers, plan, sourceOf));
    const questions = shared.filter((question) => question.group === group);
    if (questions.length === 0) continue;
    lines.push('', `**${t(`summary.groups.${group}`)}**`);
    for (const question of questions) lines.push(line(t, question, answers, sourceOf));
  }
  return lines.join('\n');
}
