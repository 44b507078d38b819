import { activityLogFields, createLogger, errorLogFields, LogLevel } from '../../bot/logger';

const capture = (level: LogLevel) => {
  const lines: string[] = [];
  const logger = createLogger({
    level,
    write: (line) => lines.push(line),
    now: () => new Date('2026-03-02T09:00:00Z'),
  });
  return { logger, lines, parsed: () => lines.map((line): unknown => JSON.parse(line)) };
};

describe('logger', () => {
  it('writes one JSON object per line with time, level, message and fields', () => {
    const { logger, parsed } = capture('debug');
    logger.info('turn.done', { conversationId: 'c1', durationMs: 12 });
    expect(parsed()).toEqual([
      { time: '2026-03-02T09:00:00.000Z', level: 'info', msg: 'turn.done', conversationId: 'c1', durationMs: 12 },
    ]);
  });

  it.each([
    ['debug', ['debug', 'info', 'warn', 'error']],
    ['info', ['info', 'warn', 'error']],
    ['warn', ['warn', 'error']],
    ['error', ['error']],
  ] as const)('at level %s keeps %j', (level, kept) => {
    const { logger, parsed } = capture(level);
    logger.debug('a');
    logger.info('b');
    logger.warn('c');
    logger.error('d');
    expect(parsed().map((line) => (line && typeof line === 'object' ? Reflect.get(line, 'level') : undefined))).toEqual(
      kept,
    );
  });

  it('adds a child logger’s fields to each line', () => {
    const { logger, parsed } = capture('info');
    logger.child({ component: 'directLine' }).info('x', { conversationId: 'c' });
    expect(parsed()).toEqual([expect.objectContaining({ component: 'directLine', conversationId: 'c' })]);
  });
});

describe('activityLogFields', () => {
  it('keeps ids, type, channel, slot and counts, never text, value, names or links', () => {
    const fields = activityLogFields({
      id: 'a1',
      type: 'message',
      channelId: 'directline',
      conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: 'Cabinet Dupont' },
      from: { id: 'u1', name: 'Antoine Dupont' },
      text: 'Mon SIRET est 73282932000074',
      value: { email: 'antoine.dupont@exemple.fr' },
      channelData: { slot: 'siret', clientActivityID: 'x' },
      attachments: [{ contentType: 'application/pdf', contentUrl: 'https://h/documents/secret-token/f.pdf' }],
    });
    expect(fields).toEqual({
      activityId: 'a1',
      activityType: 'message',
      channelId: 'directline',
      conversationId: 'c1',
      replyToId: undefined,
      slot: 'siret',
      attachments: 1,
    });
    const line = JSON.stringify(fields);
    for (const secret of ['73282932000074', 'Dupont', 'exemple.fr', 'secret-token']) expect(line).not.toContain(secret);
  });
});

describe('errorLogFields', () => {
  it('keeps the error class and code, not the message', () => {
    const error = Object.assign(new TypeError('bad e-mail antoine.dupont@exemple.fr'), {
      code: 'E_MAIL',
      statusCode: 400,
    });
    expect(errorLogFields(error)).toEqual({ errorName: 'TypeError', errorCode: 'E_MAIL', errorStatus: 400 });
    expect(errorLogFields('boom')).toEqual({ errorName: 'string' });
  });
});
