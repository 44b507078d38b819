import type { Activity } from 'botbuilder';

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

/** Only scalar facts (ids, slot names, durations, codes): a field cannot carry a whole activity or its text. */
export type LogValue = string | number | boolean | null | undefined;
export type LogFields = Readonly<Record<string, LogValue>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (e.g. the component name). */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  level: LogLevel;
  write?: (line: string) => void;
  now?: () => Date;
}

/** Longest string a log field keeps: ids fit, a 200 kB `conversation.id` sent before authentication does not. */
export const maxLogFieldLength = 256;

const capped = (fields: LogFields): LogFields =>
  Object.fromEntries(
    Object.entries(fields).map(([key, value]) =>
      typeof value === 'string' && value.length > maxLogFieldLength
        ? [key, `${value.slice(0, maxLogFieldLength)}…(+${value.length - maxLogFieldLength})`]
        : [key, value],
    ),
  );

/** One JSON object per line on stdout, below `level` dropped; string fields capped at `maxLogFieldLength`. */
export function createLogger(options: LoggerOptions, bound: LogFields = {}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const threshold = logLevels.indexOf(options.level);
  const emit =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (logLevels.indexOf(level) < threshold) return;
      write(JSON.stringify({ time: now().toISOString(), level, msg, ...capped(bound), ...capped(fields) }));
    };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    child: (fields) => createLogger({ ...options, write, now }, { ...bound, ...fields }),
  };
}

export const silentLogger: Logger = createLogger({ level: 'error', write: () => undefined });

const stringOrUndefined = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * What may be logged about an activity: ids, type, channel, the slot asked and counts. Never its text,
 * value, names, attachments' content or URLs (documents' links are bearer secrets).
 */
export function activityLogFields(activity: Partial<Activity>): LogFields {
  const channelData: unknown = activity.channelData;
  const slot =
    channelData && typeof channelData === 'object' ? stringOrUndefined(Reflect.get(channelData, 'slot')) : undefined;
  return {
    activityId: activity.id,
    activityType: activity.type,
    channelId: activity.channelId,
    conversationId: activity.conversation?.id,
    replyToId: activity.replyToId,
    slot,
    attachments: activity.attachments?.length,
  };
}

/** An error's class and code, not its message (messages may quote user input). */
export function errorLogFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { errorName: typeof error };
  const code: unknown = Reflect.get(error, 'code');
  const status: unknown = Reflect.get(error, 'statusCode');
  return {
    errorName: error.name,
    errorCode: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined,
    errorStatus: typeof status === 'number' ? status : undefined,
  };
}
