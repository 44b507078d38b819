import type { Language } from '../../locales';
import type { Plan } from '../../rules/plan/schema';

export interface ProducedDocument {
  kind: 'form413' | 'implementationGuide' | 'renewalReminder';
  fileName: string;
  contentType: string;
  /** Unguessable, expiring download link on the bot's own server. */
  url: string;
  /** What the file is, in the user's language, for the list in the chat. */
  description: string;
}

/**
 * Makes the documents of a finished request (Form 413 PDFs, the implementation guide, the .ics reminder): the
 * port the conversation needs; bot/app.ts plugs documents/producer.ts into it.
 */
export interface DocumentProducer {
  produce(request: {
    plan: Plan;
    language: Language;
    conversationId: string;
    today: string;
  }): Promise<ProducedDocument[]>;
  /** The implementation guide as chat text, for «voir les instructions techniques» (it is not sent unasked). */
  technicalInstructions(request: { plan: Plan; language: Language }): string;
}
