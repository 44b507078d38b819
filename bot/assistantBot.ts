import {
  ActivityHandler,
  HandoffEventNames,
  InputHints,
  MessageFactory,
  TranscriptStore,
  TurnContext,
} from 'botbuilder';
import { DialogSet, DialogState, DialogTurnStatus } from '../dialogs/dialogsLib';
import type { DocumentProducer } from '../dialogs/outcome/documentProducer';
import type { HandoffRequester } from '../dialogs/handoff/handoff';
import { MainDialog } from '../dialogs/mainDialog';
import type { Directory } from '../rules/directory/place';
import { readSession, Session } from '../dialogs/session';
import { languageOfTurn, translatorOf } from '../dialogs/turnText';
import type { FollowUpScheduler } from '../dialogs/followUp/followUpScheduler';
import { formatDate } from '../dialogs/formatDate';
import type { FollowUp } from '../rules/followUp/followUps';
import { isActive } from '../rules/followUp/state';
import { ansLinks } from '../rules/plan/prerequisites';
import { reminderDaysBeforeExpiry } from '../rules/plan/timeline';
import { addDays } from '../rules/plan/workingDays';
import type { EditorPrefill } from '../rules/prefill';
import { dialogContextOf } from './sdk/internals';
import { isConflict, OptimisticConversationState } from './state/optimisticConversationState';
import { ReplyBuffer, replyBufferOf } from './state/replyBuffer';
import { privateKeyWasRemoved } from './support/privateKeyGuard';
import { answeredOutOfTurn } from './turns/outOfTurnMessages';
import { TurnRecords } from './turns/turnRecords';
import { ticketOf } from './turns/turnTicket';
import { reply, replyThenMore } from '../dialogs/replies';

const maxTurnAttempts = 4;

export interface AssistantBotDependencies {
  conversationState: OptimisticConversationState;
  documents: DocumentProducer;
  today: () => string;
  handoff?: HandoffRequester;
  /** The editor whose widget this server serves, if configured: its known values prefill the form. */
  editorProfile?: { id: string; prefill: EditorPrefill };
  followUps?: FollowUpScheduler;
  /** The Annuaire Santé the conversation looks radiologists up in. */
  directory?: Directory;
  /** Where earlier messages of a conversation whose state is gone can still be seen. */
  transcripts?: TranscriptStore;
  /** A remote storage, where a save may land after its turn gave up (Azure Blob): saves are confirmed. */
  remoteStorage?: boolean;
}

const channelDataString = (context: TurnContext, key: string): string | undefined => {
  const data: unknown = context.activity.channelData;
  if (!data || typeof data !== 'object' || !(key in data)) return undefined;
  const value: unknown = Reflect.get(data, key);
  return typeof value === 'string' ? value : undefined;
};

const handoffStateOf = (context: TurnContext): string | undefined => {
  const value: unknown = context.activity.value;
  const state: unknown = value && typeof value === 'object' ? Reflect.get(value, 'state') : undefined;
  return typeof state === 'string' ? state : undefined;
};

/** Channel plumbing around the guided dialog: welcome, private-key warning, hand-off silence, state saving. */
export class AssistantBot extends ActivityHandler {
  readonly mainDialog: MainDialog;
  private readonly dialogs: DialogSet;
  private readonly sessions;
  private readonly turns: TurnRecords;

  constructor(private readonly deps: AssistantBotDependencies) {
    super();
    this.sessions = deps.conversationState.createProperty<Session>('session');
    this.turns = new TurnRecords(deps.conversationState, deps.remoteStorage ?? false);
    this.dialogs = new DialogSet(deps.conversationState.createProperty<DialogState>('dialogState'));
    this.mainDialog = new MainDialog({
      sessions: this.sessions,
      documents: deps.documents,
      today: deps.today,
      handoff: deps.handoff,
      followUps: deps.followUps,
      directory: deps.directory,
    });
    this.dialogs.add(this.mainDialog);

    this.onMessage(async (context, next) => {
      await this.onUserMessage(context);
      await next();
    });
    this.onEvent(async (context, next) => {
      if (context.activity.name === HandoffEventNames.HandoffStatus) await this.onHandoffStatus(context);
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

  /**
   * One turn as a transaction: replies wait until the state is saved with the eTag it was read with; when
   * another turn saved first (the conversation held by another instance past its lease), the turn is tried
   * again on fresh state, where the turn log shows its message arrived before the question now asked.
   */
  override async run(context: TurnContext): Promise<void> {
    const buffer = replyBufferOf(context);
    for (let attempt = 1; ; attempt += 1) {
      if (buffer) buffer.capturing = true;
      if (buffer) buffer.activities = [];
      if (attempt > 1) await this.deps.conversationState.load(context, true);
      await super.run(context);
      await this.turns.beforeSave(context);
      try {
        await this.deps.conversationState.saveChanges(context);
      } catch (error) {
        if (!isConflict(error) || !buffer) throw error;
        if (attempt < maxTurnAttempts) continue;
        buffer.capturing = false;
        await context.sendActivity(reply(translatorOf(context)('conversation.concurrentMessages')));
        return;
      }
      await this.deliver(context, buffer);
      return;
    }
  }

  /**
   * The save went through in time: the replies go out, then a version saved pending is confirmed. Replies
   * that could not be sent leave it unseen: the next message is not taken for an answer to it.
   */
  private async deliver(context: TurnContext, buffer: ReplyBuffer | undefined): Promise<void> {
    const ticket = ticketOf(context);
    const replies = buffer?.activities ?? [];
    if (buffer) buffer.capturing = false;
    try {
      if (replies.length > 0) await context.sendActivities(replies);
    } catch (error) {
      await this.turns.undelivered(context).catch(() => undefined);
      throw error;
    }
    ticket.delivered();
    // Not confirmed (nothing sent, the storage down now, the lease lost): the next message is held as late.
    if ((!buffer || replies.length > 0) && ticket.held()) await this.turns.delivered(context).catch(() => undefined);
  }

  private async onUserMessage(context: TurnContext): Promise<void> {
    if (privateKeyWasRemoved(context)) {
      await context.sendActivity(reply(translatorOf(context)('csr.check.privateKey')));
      return;
    }
    const session = readSession(await this.sessions.get(context));
    if (session.handedOff) return; // a person answers now
    const dc = await dialogContextOf(this.dialogs, context);
    const turnDeps = { state: this.deps.conversationState, turns: this.turns, transcripts: this.deps.transcripts };
    if (await answeredOutOfTurn(context, dc, session, turnDeps)) return;
    await this.adoptEditorProfile(context, session);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.mainDialog.id);
  }

  /** A due follow-up, in a proactive turn: the ANS answer question, or the renewal reminder. */
  async deliverFollowUp(context: TurnContext, followUp: FollowUp): Promise<void> {
    const session = readSession(await this.sessions.get(context));
    const t = translatorOf(context);
    if (followUp.kind === 'renewal') {
      // Our renewal follow-up is due its own period before expiry.
      const expiresOn = formatDate(addDays(followUp.dueOn, reminderDaysBeforeExpiry), languageOfTurn(context));
      await context.sendActivity(reply(t('followUp.renewalDue', { expiresOn, url: ansLinks.platform })));
    } else if (session.followUp && isActive(session.followUp)) {
      await this.mainDialog.followUpDue(context);
    }
    // Already sent: a message that arrived before it answers what came before.
    await this.turns.beforeSave(context);
    await this.turns.delivered(context);
    await this.deps.conversationState.saveChanges(context);
  }

  /** The desk ends the hand-off («completed» or «failed»): the bot resumes where the user was. */
  private async onHandoffStatus(context: TurnContext): Promise<void> {
    const state = handoffStateOf(context);
    const session = readSession(await this.sessions.get(context));
    if (!session.handedOff || (state !== 'completed' && state !== 'failed')) return;
    await this.sessions.set(context, { ...session, handedOff: false });
    const t = translatorOf(context);
    // «failed»: nobody answered, so the user gets a way to reach the desk rather than «the conversation has ended».
    const contact = this.deps.handoff?.contact ?? ansLinks.ansSupportEmail;
    const text =
      state === 'failed' ? t('commands.messages.handoffFailed', { contact }) : t('commands.messages.handoffEnded');
    await context.sendActivity(replyThenMore(text));
    const dc = await dialogContextOf(this.dialogs, context);
    if (dc.activeDialog) await dc.repromptDialog();
  }

  /** Only conversations started from the editor's widget (stamped server-side by the Direct Line bridge) get its values. */
  private async adoptEditorProfile(context: TurnContext, session: Session): Promise<void> {
    const profile = this.deps.editorProfile;
    if (!profile || channelDataString(context, 'editorProfileId') !== profile.id) return;
    if (session.editorPrefill || Object.keys(session.answers).length > 0) return;
    await this.sessions.set(context, { ...session, editorPrefill: profile.prefill });
  }

  private async welcome(context: TurnContext): Promise<void> {
    const session = readSession(await this.sessions.get(context));
    if (session.handedOff) return; // a person has the conversation until the desk ends the hand-off
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
