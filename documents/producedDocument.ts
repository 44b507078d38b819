import type { Language } from '../locales';
import type { Plan } from '../rules/plan/schema';

/**
 * What documents/ makes of a finished request. The conversation declares the port it needs
 * (dialogs/outcome/documentProducer.ts); bot/app.ts plugs this in, and the compiler checks that the two fit.
 */
export interface ProducedDocument {
  kind: 'form413' | 'implementationGuide' | 'renewalReminder';
  fileName: string;
  contentType: string;
  /** Unguessable, expiring download link on the bot's own server. */
  url: string;
  /** What the file is, in the user's language, for the list in the chat. */
  description: string;
}

/** Form 413 PDFs, the implementation guide (PDF, and as text on request) and the .ics reminder of a plan. */
export interface DocumentProducer {
  produce(request: {
    plan: Plan;
    language: Language;
    conversationId: string;
    today: string;
  }): Promise<ProducedDocument[]>;
  technicalInstructions(request: { plan: Plan; language: Language }): string;
}
