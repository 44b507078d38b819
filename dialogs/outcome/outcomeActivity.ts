import { Activity } from 'botbuilder';
import type { TFunction } from 'i18next';
import type { Plan } from '../../rules/plan/schema';
import type { ProducedDocument } from './documentProducer';
import { outcomeText } from './outcomeText';
import { reply } from '../replies';

/** The activity that ends the guided path: `channelData.outcome` and the documents (conversation.md). */
export function outcomeActivity(t: TFunction, plan: Plan, documents: ProducedDocument[]): Partial<Activity> {
  const activity = reply(outcomeText(t, plan, documents));
  activity.attachments = documents.map((document) => ({
    contentType: document.contentType,
    contentUrl: document.url,
    name: document.fileName,
  }));
  const outcome = {
    kind: plan.outcome.kind,
    forms: plan.outcome.forms,
    reason: plan.outcome.reason,
    ...(plan.caseNumber === undefined ? {} : { caseNumber: plan.caseNumber }),
    documents: documents.map((document) => ({
      kind: document.kind,
      fileName: document.fileName,
      contentType: document.contentType,
    })),
  };
  return { ...activity, channelData: { outcome } };
}
