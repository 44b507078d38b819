import { Activity, ConversationState, MemoryStorage } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import type { DocumentProducer, ProducedDocument } from '../../dialogs/outcome/documentProducer';
import { MainDialog } from '../../dialogs/mainDialog';
import { guideAsText, implementationGuide } from '../../documents/guide/guideContent';
import { getI18n } from '../../locales';
import { readSession, Session } from '../../dialogs/session';
import type { Answers } from '../../rules/answers';
import type { Directory } from '../../rules/directory/place';

/** Records what the dialog asked the producer for, and returns one document per planned form (and the real guide text). */
export class RecordingProducer implements DocumentProducer {
  readonly requests: Parameters<DocumentProducer['produce']>[0][] = [];
  async produce(request: Parameters<DocumentProducer['produce']>[0]): Promise<ProducedDocument[]> {
    this.requests.push(request);
    return request.plan.forms.map((form) => ({
      kind: 'form413',
      fileName: `formulaire-413-${form.number}.pdf`,
      contentType: 'application/pdf',
      url: `http://localhost/documents/token${form.number}/formulaire-413-${form.number}.pdf`,
      description: `Formulaire 413 n° ${form.number}`,
    }));
  }

  technicalInstructions({ plan, language }: Parameters<DocumentProducer['technicalInstructions']>[0]): string {
    return guideAsText(implementationGuide(getI18n().getFixedT(language), plan));
  }
}

export interface Conversation {
  client: DialogTestClient;
  producer: RecordingProducer;
  /** Sends one message and returns every reply of the turn. */
  say(text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** The answers kept after the last turn, read back from the stored conversation state. */
  answers(): Promise<Answers>;
}

export function startConversation(
  locale = 'fr-FR',
  today = '2026-11-30',
  channelId = 'test',
  directory?: Directory,
): Conversation {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const producer = new RecordingProducer();
  const sessions = conversationState.createProperty<Session>('session');
  const dialog = new MainDialog({
    sessions,
    documents: producer,
    today: () => today,
    ...(directory ? { directory } : {}),
  });
  // The channel-id constructor wires the dialog and auto-saves state; the locale goes on every activity.
  const client = new DialogTestClient(channelId, dialog, undefined, [], conversationState);
  let conversationId: string | undefined;
  return {
    client,
    producer,
    async say(text, extra = {}) {
      const first = await client.sendActivity({ type: 'message', text, locale, ...extra });
      const replies: Partial<Activity>[] = first ? [first] : [];
      for (let reply = client.getNextReply(); reply; reply = client.getNextReply()) replies.push(reply);
      conversationId = replies[0]?.conversation?.id ?? conversationId;
      return replies;
    },
    async answers() {
      // ConversationState's storage key (botbuilder): `<channelId>/conversations/<conversation id>/<namespace>`.
      const key = `${channelId}/conversations/${conversationId ?? ''}/`;
      const stored: unknown = (await storage.read([key]))[key];
      return readSession(stored && typeof stored === 'object' && 'session' in stored ? stored.session : undefined)
        .answers;
    },
  };
}

export const lastOf = (replies: Partial<Activity>[]): Partial<Activity> => {
  const last = replies[replies.length - 1];
  if (!last) throw new Error('the bot did not reply');
  return last;
};

export const slotOf = (activity: Partial<Activity>): string | undefined => {
  const data: unknown = activity.channelData;
  return data && typeof data === 'object' && 'slot' in data && typeof data.slot === 'string' ? data.slot : undefined;
};
