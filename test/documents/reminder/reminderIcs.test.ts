import { buildRenewalReminder, RenewalReminderInput } from '../../../documents/reminder';

const base: RenewalReminderInput = {
  language: 'fr',
  remindOn: '2029-01-10',
  expiresOn: '2029-03-11',
  structureName: 'Cabinet de radiologie du Rouennais',
  nationalStructureId: '410003926135546',
  certificates: [
    { commonName: 'INSI-AUTO', usage: 'AUTH_CLI' },
    { commonName: 'Xplore DMP', usage: 'AUTH_CLI + SIGN' },
  ],
  uid: 'conv42-renewal@assistant-413',
  now: new Date(Date.UTC(2026, 0, 5, 10, 30, 0)),
};

interface Property {
  name: string;
  params: string;
  value: string;
}

/** RFC 5545 §3.1 unfolding (CRLF + one space or tab), then NAME;PARAMS:VALUE per line. */
function parse(text: string): Property[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [, name = '', params = '', value = ''] = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line) ?? [];
      return { name, params, value };
    });
}

/** TEXT values (RFC 5545 §3.3.11) back to plain text. */
const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, escaped: string) => (escaped.toLowerCase() === 'n' ? '\n' : escaped));

/** The properties of each component, by nesting path (VCALENDAR/VEVENT/VALARM). */
function components(properties: Property[]): Map<string, Property[][]> {
  const found = new Map<string, Property[][]>();
  const stack: { path: string; properties: Property[] }[] = [];
  for (const property of properties) {
    if (property.name === 'BEGIN') {
      const path = [...stack.map((entry) => entry.path.split('/').pop()), property.value].join('/');
      stack.push({ path, properties: [] });
    } else if (property.name === 'END') {
      const done = stack.pop();
      expect(done?.path.endsWith(property.value)).toBe(true);
      if (done) found.set(done.path, [...(found.get(done.path) ?? []), done.properties]);
    } else stack[stack.length - 1]?.properties.push(property);
  }
  expect(stack).toEqual([]);
  return found;
}

const value = (properties: Property[] | undefined, name: string): string | undefined =>
  properties?.find((property) => property.name === name)?.value;

describe.each([
  [
    'fr',
    'Renouveler les certificats IGC-Santé – Cabinet de radiologie du Rouennais',
    '11 mars 2029',
    /tant que le certificat est encore actif/,
  ],
  [
    'en',
    'Renew the IGC-Santé certificates – Cabinet de radiologie du Rouennais',
    '11 March 2029',
    /only possible while the certificate is still active/,
  ],
] as const)('buildRenewalReminder (%s)', (language, summary, expiry, activeOnly) => {
  const text = buildRenewalReminder({ ...base, language });
  const parsed = components(parse(text));
  const event = parsed.get('VCALENDAR/VEVENT')?.[0];
  const alarms = parsed.get('VCALENDAR/VEVENT/VALARM') ?? [];

  it('uses CRLF line endings and lines of at most 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('is one calendar holding one event', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(value(parsed.get('VCALENDAR')?.[0], 'PRODID')).toMatch(/^-\/\/Assistant 413\/\//);
    expect(parsed.get('VCALENDAR/VEVENT')).toHaveLength(1);
  });

  it('is an all-day event on the reminder date, stamped and identified from the inputs', () => {
    expect(event?.find((property) => property.name === 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: ';VALUE=DATE',
      value: '20290110',
    });
    expect(event?.find((property) => property.name === 'DTEND')).toEqual({
      name: 'DTEND',
      params: ';VALUE=DATE',
      value: '20290111',
    });
    expect(value(event, 'DTSTAMP')).toBe('20260105T103000Z');
    expect(value(event, 'UID')).toBe('conv42-renewal@assistant-413');
    expect(buildRenewalReminder({ ...base, language })).toBe(text);
  });

  it('has the accented summary', () => {
    expect(unescapeText(value(event, 'SUMMARY') ?? '')).toBe(summary);
  });

  it('describes what to renew, by when, where and while it is still active', () => {
    const description = unescapeText(value(event, 'DESCRIPTION') ?? '');
    expect(description).toContain('- INSI-AUTO (AUTH_CLI)');
    expect(description).toContain('- Xplore DMP (AUTH_CLI + SIGN)');
    expect(description).toContain('410003926135546');
    expect(description).toContain(expiry);
    expect(description).toContain('https://pfc.eservices.esante.gouv.fr');
    expect(description).toMatch(/«\s?Gestion des produits\s?»/);
    expect(description).toMatch(activeOnly);
    expect(value(event, 'URL')).toBe('https://pfc.eservices.esante.gouv.fr');
  });

  it('has a display alarm at 09:00 the day before and one at 09:00 on the day', () => {
    expect(alarms.map((alarm) => [value(alarm, 'ACTION'), value(alarm, 'TRIGGER')])).toEqual([
      ['DISPLAY', '-PT15H'],
      ['DISPLAY', 'PT9H'],
    ]);
    for (const alarm of alarms) expect(unescapeText(value(alarm, 'DESCRIPTION') ?? '')).toContain(expiry);
  });
});

describe('buildRenewalReminder escaping and folding', () => {
  it('escapes commas and semicolons in the summary and the alarms', () => {
    const parsed = components(parse(buildRenewalReminder({ ...base, structureName: 'GIE A, B; C' })));
    const event = parsed.get('VCALENDAR/VEVENT')?.[0];
    expect(value(event, 'SUMMARY')).toContain('GIE A\\, B\\; C');
    for (const alarm of parsed.get('VCALENDAR/VEVENT/VALARM') ?? []) {
      expect(value(alarm, 'DESCRIPTION')).toContain('GIE A\\, B\\; C');
      expect(unescapeText(value(alarm, 'DESCRIPTION') ?? '')).toContain('GIE A, B; C');
    }
  });

  it('folds long accented values by octets without cutting a UTF-8 sequence', () => {
    const structureName = 'Société d’imagerie médicale Évry–Île-de-France éèêàùçœ 😀 '.repeat(3).trim();
    const text = buildRenewalReminder({ ...base, structureName });
    const bytes = Buffer.from(text, 'utf8');
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let start = 0;
    for (let index = bytes.indexOf('\r\n'); index >= 0; index = bytes.indexOf('\r\n', start)) {
      expect(index - start).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes.subarray(start, index))).not.toThrow();
      start = index + 2;
    }
    const event = components(parse(text)).get('VCALENDAR/VEVENT')?.[0];
    expect(unescapeText(value(event, 'SUMMARY') ?? '')).toBe(`Renouveler les certificats IGC-Santé – ${structureName}`);
  });
});

describe('buildRenewalReminder rejects inputs that would make a useless reminder', () => {
  it.each([
    ['a reminder after expiry', { remindOn: '2029-03-12' }],
    ['a reminder on the expiry day', { remindOn: '2029-03-11' }],
    ['an impossible date', { expiresOn: '2029-02-30' }],
    ['a French date format', { remindOn: '10/01/2029' }],
    ['no certificate', { certificates: [] }],
    ['an empty uid', { uid: ' ' }],
  ])('%s', (_label, change) => {
    expect(() => buildRenewalReminder({ ...base, ...change })).toThrow();
  });
});
