import { randomUUID } from 'node:crypto';
import type { Activity, ChannelAccount, ConversationAccount, TurnContext } from 'botbuilder';
import { activityLogFields, errorLogFields, Logger } from '../logger';
import { markPrivateKeyRemoved, removePrivateKeys } from '../support/privateKeyGuard';
import type { ClientActivity } from './activitySchemas';
import type { BridgedCloudAdapter } from './bridgedAdapter';
import type { Conversation, ConversationStore } from './conversations';

export interface BridgeDependencies {
  adapter: BridgedCloudAdapter;
  bot: { run(context: TurnContext): Promise<void> };
  conversations: ConversationStore;
  botAccount: { id: string; name: string };
  /** The callback base the bot replies to (known once the server listens). */
  serviceUrl: () => string;
  /** Stamped on every activity forwarded to the bot, replacing whatever the client sent. */
  editorProfileId?: string;
  logger: Logger;
  now?: () => Date;
}

/** Fields the Activity type requires but only some channels use. */
const unusedFields = (): Pick<Activity, 'callerId' | 'label' | 'valueType' | 'listenFor'> => ({
  callerId: '',
  label: '',
  valueType: '',
  listenFor: [],
});

export interface Bridge {
  /** `conversationUpdate` (bot and user added), as Direct Line sends when a conversation starts. */
  start(conversation: Conversation): Promise<void>;
  /** Echoes the client's activity into the conversation, runs the bot's turn, returns the activity id. */
  post(conversation: Conversation, activity: ClientActivity): Promise<string>;
  /** Resolves when no turn is running (graceful shutdown). */
  idle(): Promise<void>;
}

/** Turns Direct Line client activities into Bot Framework activities and runs them on the adapter. */
export function createBridge(deps: BridgeDependencies): Bridge {
  const now = deps.now ?? (() => new Date());
  const running = new Set<Promise<unknown>>();
  const bot: ChannelAccount = { ...deps.botAccount, role: 'bot' };
  const channelData = (sent: Record<string, unknown> | undefined): Record<string, unknown> => {
    const { editorProfileId: _ignored, ...rest } = sent ?? {};
    return deps.editorProfileId ? { ...rest, editorProfileId: deps.editorProfileId } : rest;
  };
  const frame = (conversation: Conversation, userName = '') => {
    const user: ChannelAccount = { id: conversation.userId, name: userName, role: 'user' };
    const account: ConversationAccount = {
      id: conversation.id,
      isGroup: false,
      conversationType: 'personal',
      name: '',
    };
    return {
      channelId: 'directline',
      serviceUrl: deps.serviceUrl(),
      from: user,
      recipient: bot,
      conversation: account,
    };
  };
  const run = async (activity: Activity) => {
    const started = Date.now();
    const turn = deps.adapter.processBridgedActivity(activity, (context) => deps.bot.run(context));
    running.add(turn);
    try {
      await turn;
      deps.logger.debug('directLine.turn', { ...activityLogFields(activity), durationMs: Date.now() - started });
    } catch (error) {
      deps.logger.error('directLine.turnFailed', { ...activityLogFields(activity), ...errorLogFields(error) });
      throw error;
    } finally {
      running.delete(turn);
    }
  };
  return {
    async start(conversation) {
      const { from, recipient, ...rest } = frame(conversation);
      await run({
        ...rest,
        type: 'conversationUpdate',
        id: randomUUID(),
        timestamp: now(),
        from,
        recipient,
        membersAdded: [recipient, from],
        locale: conversation.locale,
        channelData: channelData(undefined),
        text: '',
        localTimezone: '',
        ...unusedFields(),
      });
    },
    async post(conversation, sent) {
      const timestamp = now();
      const fields = {
        ...frame(conversation, sent.from?.name),
        type: sent.type,
        text: sent.text,
        textFormat: sent.textFormat,
        locale: sent.locale ?? conversation.locale,
        name: sent.name,
        value: sent.value,
        replyToId: sent.replyToId,
        attachments: sent.attachments,
        entities: sent.entities,
        channelData: channelData(sent.channelData),
        localTimezone: sent.localTimezone,
      };
      // Before the echo is recorded: a pasted private key never enters the conversation's history.
      const keyRemoved = removePrivateKeys(fields);
      // Web Chat marks a message as sent when it sees it back with its channelData.clientActivityID.
      const { localTimezone, ...echo } = fields;
      const echoed =
        sent.type === 'typing'
          ? { id: randomUUID() }
          : deps.conversations.append(conversation, { ...echo, timestamp: timestamp.toISOString() });
      const activity: Activity = {
        ...fields,
        id: echoed.id,
        timestamp,
        text: fields.text ?? '',
        localTimezone: localTimezone ?? '',
        ...unusedFields(),
      };
      if (keyRemoved) markPrivateKeyRemoved(activity);
      await run(activity);
      return echoed.id;
    },
    async idle() {
      await Promise.allSettled([...running]);
    },
  };
}
