import { ActivityHandler, ConversationReference, InputHints, MessageFactory, TurnContext } from 'botbuilder';
import { PDFDocument } from 'pdf-lib';
import type { DocumentStore } from '../../bot/documentStore';

/** A bot for channel tests: greets, echoes, keeps each conversation's reference for proactive messages. */
export class EchoBot extends ActivityHandler {
  readonly references = new Map<string, Partial<ConversationReference>>();
  readonly received: Array<{ type: string; text?: string; channelData: unknown; from: string }> = [];

  constructor() {
    super();
    this.onMembersAdded(async (context, next) => {
      this.remember(context);
      const joined = (context.activity.membersAdded ?? []).filter(
        (member) => member.id !== context.activity.recipient.id,
      );
      if (joined.length > 0) await context.sendActivity('welcome');
      await next();
    });
    this.onMessage(async (context, next) => {
      this.remember(context);
      await context.sendActivity(`echo: ${context.activity.text}`);
      await next();
    });
  }

  private remember(context: TurnContext) {
    const { activity } = context;
    this.received.push({
      type: activity.type,
      text: activity.text,
      channelData: activity.channelData,
      from: activity.from.id,
    });
    this.references.set(activity.conversation.id, TurnContext.getConversationReference(activity));
  }
}

export async function samplePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  return pdf.save();
}

/** Asks a choice question (suggested actions, `channelData.slot`), then sends a PDF link for the answer. */
export class QuestionBot extends ActivityHandler {
  constructor(documents: DocumentStore) {
    super();
    this.onMembersAdded(async (context, next) => {
      if ((context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient.id)) {
        const question = MessageFactory.suggestedActions(
          ['Oui', 'Non'],
          'Votre RIS envoie-t-il ses comptes rendus au DMP par une PFI ?',
          undefined,
          InputHints.ExpectingInput,
        );
        question.channelData = {
          slot: 'pfiRelay',
          choices: [
            { id: 'yes', label: 'Oui' },
            { id: 'no', label: 'Non' },
          ],
        };
        await context.sendActivity(question);
      }
      await next();
    });
    this.onMessage(async (context, next) => {
      const text = context.activity.text ?? '';
      if (text === 'Oui' || text === 'Non') {
        const { url } = await documents.put({
          bytes: await samplePdf(),
          contentType: 'application/pdf',
          fileName: 'Formulaire 413 – Cabinet.pdf',
          conversationId: context.activity.conversation.id,
        });
        const reply = MessageFactory.attachment(
          { contentType: 'application/pdf', contentUrl: url, name: 'Formulaire 413 – Cabinet.pdf' },
          'Voici votre formulaire 413.',
        );
        await context.sendActivity(reply);
      } else {
        await context.sendActivity(
          MessageFactory.suggestedActions(
            ["C'est exact", 'Modifier'],
            `Bien reçu : ${text}. Est-ce exact ?`,
            undefined,
            InputHints.ExpectingInput,
          ),
        );
      }
      await next();
    });
  }
}
