import { ActivityHandler, ConversationState, InputHints, MessageFactory, TurnContext } from 'botbuilder';
import { DialogSet, DialogState, DialogTurnStatus } from 'botbuilder-dialogs';
import type { DocumentProducer } from '../dialogs/documentProducer';
import { MainDialog } from '../dialogs/mainDialog';
import { readSession, Session } from '../dialogs/session';
import { translatorOf } from '../dialogs/turnText';
import { containsPrivateKey } from '../documents/csr';
import type { EditorPrefill } from '../rules/prefill';

export interface AssistantBotDependencies {
  conversationState: ConversationState;
  documents: DocumentProducer;
  today: () => string;
  /** The editor whose widget this server serves, if configured: its known values prefill the form. */
  editorProfile?: { id: string; prefill: EditorPrefill };
}

const editorProfileIdOf = (context: TurnContext): string | undefined => {
  const data: unknown = context.activity.channelData;
  return data && typeof data === 'object' && 'editorProfileId' in data && typeof data.editorProfileId === 'string' ? data.editorProfileId : undefined;
};

/** Channel plumbing around the guided dialog: welcome, private-key guard, state saving. */
export class AssistantBot extends ActivityHandler {
  readonly mainDialog: MainDialog;
  private readonly dialogs: DialogSet;
  private readonly sessions;

  constructor(private readonly deps: AssistantBotDependencies) {
    super();
    this.sessions = deps.conversationState.createProperty<Session>('session');
    this.dialogs = new DialogSet(deps.conversationState.createProperty<DialogState>('dialogState'));
    this.mainDialog = new MainDialog({ sessions: this.sessions, documents: deps.documents, today: deps.today });
    this.dialogs.add(this.mainDialog);

    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient.id;
      if ((context.activity.membersAdded ?? []).some((member) => member.id !== botId)) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.deps.conversationState.saveChanges(context);
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    // A pasted private key is answered before anything reads or stores the message.
    if (containsPrivateKey(context.activity.text ?? '')) {
      context.activity.text = '';
      await context.sendActivity(MessageFactory.text(translatorOf(context)('csr.check.privateKey'), undefined, InputHints.AcceptingInput));
      return;
    }
    await this.adoptEditorProfile(context);
    const dc = await this.dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.mainDialog.id);
  }

  /** Only conversations started from the editor's widget (stamped server-side by the Direct Line bridge) get its values. */
  private async adoptEditorProfile(context: TurnContext): Promise<void> {
    const profile = this.deps.editorProfile;
    if (!profile || editorProfileIdOf(context) !== profile.id) return;
    const session = readSession(await this.sessions.get(context));
    if (session.editorPrefill || Object.keys(session.answers).length > 0) return;
    await this.sessions.set(context, { ...session, editorPrefill: profile.prefill });
  }

  private async welcome(context: TurnContext): Promise<void> {
    const session = readSession(await this.sessions.get(context));
    const t = translatorOf(context);
    const resuming = Object.keys(session.answers).length > 0 && !session.finished;
    const activity = MessageFactory.suggestedActions(
      [resuming ? t('conversation.buttons.resume') : t('conversation.buttons.start')],
      resuming ? t('conversation.welcomeBack') : t('conversation.intro'),
    );
    activity.inputHint = InputHints.AcceptingInput;
    await context.sendActivity(activity);
    if (!session.started) await this.sessions.set(context, { ...session, started: true });
  }
}
