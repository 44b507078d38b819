import type { TFunction } from 'i18next';
import { situationFromAnswers } from '../../rules/situationFromAnswers';
import { caseNumberOf } from '../../rules/plan/forms';
import type { HandoffSummary } from './handoff';
import { Session, walkSession } from '../session';
import { displayValue } from '../summary/summaryText';

/** The case reached so far, the slots answered and the current one, errors met, documents produced. */
export function handoffSummary(t: TFunction, session: Session, language: string): HandoffSummary {
  const { answered, next, end } = walkSession(session);
  const structureType = answered.length > 0 ? situationFromAnswers(session.answers).situation.structureType : undefined;
  return {
    language,
    caseNumber: structureType === undefined ? undefined : caseNumberOf(structureType),
    outcomeSoFar: end?.kind,
    answers: answered.map((question) => ({ slot: question.slot, value: displayValue(t, question, session.answers) })),
    // No question left and not finished: the user is at the summary.
    currentSlot: next?.slot ?? (session.finished ? undefined : 'confirm'),
    validationErrors: Object.entries(session.failures).map(([slot, attempts]) => ({ slot, attempts })),
    documents: session.documents,
  };
}
