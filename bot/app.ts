import { randomUUID } from 'node:crypto';
import { TranscriptLoggerMiddleware } from 'botbuilder';
import { createDocumentProducer } from '../documents/producer';
import { createDocumentPool } from '../documents/renderPool';
import { openAnnuaire } from './annuaire';
import { AssistantBot } from './assistantBot';
import { parisToday } from './clock';
import { loadSettings, readEnvironment, Settings } from './config';
import { botEditorProfile, loadEditorProfile } from './editorProfile';
import { createFollowUpNotifier } from './followUp/notifier';
import { FollowUpStore } from './followUp/followUpStore';
import { registerNotifyRoute } from './followUp/notifyRoute';
import { createFollowUpScheduler } from './followUp/scheduler';
import { startFollowUpTimer } from './followUp/timer';
import { createLogger, errorLogFields, Logger } from './logger';
import { AppServer, createAdapter, createServer } from './server';
import { OptimisticConversationState } from './state/optimisticConversationState';
import { ReplyBufferMiddleware } from './state/replyBuffer';
import { createStores, Stores } from './state/stores';
import { createHandoffRequester } from './support/handoff';
import { createKeyThrottle } from './support/keyThrottle';
import { PrivateKeyGuard } from './support/privateKeyGuard';
import { SendingOrderMiddleware } from './support/sendingOrder';
import { storedAnswers } from './support/storedAnswers';
import { purgeTranscripts } from './support/transcripts';
import { installTeamsSupport } from './teams/installTeamsSupport';
import { createTurnErrorHandler } from './turnErrors';
import { ConversationGate } from './turns/conversationGate';
import { observeStoredLog } from './turns/turnRecords';

/** Channels whose transcripts the agent endpoints and the retention purge look at. */
export const transcriptChannels = ['directline', 'msteams', 'emulator', 'webchat'] as const;

export interface RunningApp {
  port: number;
  settings: Settings;
  server: AppServer;
  bot: AssistantBot;
  /** State, transcripts and documents (what the tests read back). */
  stores: Stores;
  processDueFollowUps(): Promise<{ sent: number; failed: number }>;
  close(): Promise<void>;
}

export interface AppOptions {
  env?: NodeJS.ProcessEnv;
  /** `0` listens on a free port (tests, benchmarks). */
  port?: number;
  now?: () => Date;
  logger?: Logger;
  /** The in-process follow-up timer (on by default; tests drive `processDueFollowUps` themselves). */
  followUpTimer?: boolean;
}

/** The composition root: configuration, storage, documents, bot, middleware, routes, timers. */
export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  const settings = loadSettings(options.env ?? readEnvironment());
  const { server: config, operations } = settings;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const now = options.now ?? (() => new Date());
  const today = () => parisToday(now());
  const profile = config.editorProfileFile ? await loadEditorProfile(config.editorProfileFile) : undefined;
  const stores = await createStores(
    operations.storage,
    { baseUrl: config.publicBaseUrl, ttlMs: config.documentTtlMinutes * 60_000 },
    now,
  );
  // A lost conversation is told apart from a new one for a while after its state could have gone: in memory,
  // twice the time an idle conversation is kept; in Azure, as long as the transcripts are.
  const storage = operations.storage;
  const rememberMs =
    storage.kind === 'memory' ? 2 * storage.idleMinutes * 60_000 : operations.transcriptRetentionDays * 24 * 3_600_000;
  const conversationState = new OptimisticConversationState(stores.state, { rememberMs, now: () => now().getTime() });
  // One worker pool for every document: the bot's own thread never loads pdf-lib.
  const documentPool = createDocumentPool();
  const annuaire = await openAnnuaire(settings.annuaire, today, logger.child({ component: 'annuaire' }));
  const followUpStore = new FollowUpStore(stores.followUps);
  await followUpStore
    .initialise()
    .catch((error: unknown) => logger.warn('followups.initialiseFailed', errorLogFields(error)));

  const bot = new AssistantBot({
    conversationState,
    documents: createDocumentProducer({
      render: (request) => documentPool.renderDocuments(request),
      sink: stores.documents,
      now,
    }),
    today,
    handoff: operations.handoffEnabled
      ? createHandoffRequester({
          transcripts: stores.transcripts,
          hours: operations.openingHours,
          timeZone: operations.supportTimeZone,
          contact: operations.supportContact,
          now,
        })
      : undefined,
    editorProfile: profile ? botEditorProfile(profile) : undefined,
    followUps: createFollowUpScheduler(followUpStore),
    directory: annuaire.directory,
    transcripts: stores.transcripts,
    remoteStorage: stores.lock !== undefined,
  });

  installTeamsSupport(bot, stores.documents, { logger: logger.child({ component: 'teams' }) });

  const adapter = createAdapter(config, logger);
  const onTurnError = createTurnErrorHandler(conversationState, logger);
  // Order matters: each activity is stamped as it arrives and waits for its conversation's turn, then
  // replies are buffered, a private key is wiped before the transcript sees the message, and replies are
  // dated in sending order before the transcript logger copies them.
  adapter.use(
    new ConversationGate({
      instanceId: randomUUID().slice(0, 8),
      observeLog: stores.lock ? (context) => observeStoredLog(conversationState, context) : undefined,
      lock: stores.lock,
      onError: onTurnError,
      logger: logger.child({ component: 'turns' }),
    }),
  );
  adapter.use(new ReplyBufferMiddleware());
  adapter.use(new PrivateKeyGuard());
  adapter.use(new TranscriptLoggerMiddleware(stores.transcripts));
  adapter.use(new SendingOrderMiddleware());
  adapter.onTurnError = onTurnError;

  const server = createServer({
    config,
    bot,
    adapter,
    documents: stores.documents,
    logger,
    editorProfile: profile,
    now,
    // A forgotten local Direct Line conversation can never be spoken in again: its state goes (ConversationState's key).
    forgetConversation: (conversationId) => stores.state.delete([`directline/conversations/${conversationId}/`]),
  });
  // One throttle for both keys: failed attempts on either count against the caller's address.
  const keyThrottle = createKeyThrottle({ maxFailures: operations.apiKeyMaxFailures, windowMs: 15 * 60_000 });
  if (operations.agentApiKey) {
    // Loaded only when configured: the transcript view's Markdown renderer is some 50 modules.
    const { registerAgentRoutes } = await import('./support/agentRoutes');
    registerAgentRoutes(server.server, {
      key: { key: operations.agentApiKey, throttle: keyThrottle, trustedHops: config.trustProxyHops },
      allowClearExport: operations.allowClearExport,
      transcripts: stores.transcripts,
      channelIds: transcriptChannels,
      answersOf: (channelId, conversationId) => storedAnswers(stores.state, channelId, conversationId),
      publicBaseUrl: config.publicBaseUrl,
      timeZone: operations.supportTimeZone,
    });
  }
  const notifier = createFollowUpNotifier({ store: followUpStore, adapter, appId: config.microsoftApp.id, bot, today });
  if (operations.notifyApiKey) {
    registerNotifyRoute(server.server, {
      key: { key: operations.notifyApiKey, throttle: keyThrottle, trustedHops: config.trustProxyHops },
      processDue: () => notifier.processDue(),
    });
  }

  const onTimerError = (error: unknown) => logger.error('timer.failed', errorLogFields(error));
  const timers =
    options.followUpTimer === false
      ? []
      : [
          startFollowUpTimer(operations.followUpCron, () => notifier.processDue(), onTimerError),
          startFollowUpTimer(
            '17 3 * * *',
            () => purgeTranscripts(stores.transcripts, transcriptChannels, now(), operations.transcriptRetentionDays),
            onTimerError,
          ),
        ];
  const port = await server.listen(options.port ?? config.port);
  return {
    port,
    settings,
    server,
    bot,
    stores,
    processDueFollowUps: () => notifier.processDue(),
    async close() {
      for (const timer of timers) timer.stop();
      await server.close();
      await documentPool.close();
      annuaire.close();
    },
  };
}
