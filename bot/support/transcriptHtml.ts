import { Activity, HandoffEventNames } from 'botbuilder';
import type { TFunction } from 'i18next';
import { escapeHtml, isOwnDocumentLink, markdownToSafeHtml } from './markdownHtml';

export interface TranscriptView {
  conversationId: string;
  /** Already exported (masked unless the clear export was asked), in sending order. */
  activities: Activity[];
  /** `PUBLIC_BASE_URL/documents/`: the only links the page holds. */
  documentsBase: string;
  timeZone: string;
}

type Row = { kind: 'bot' | 'user' | 'event'; who: string; body: string };

/** The transcript logger marks what comes in as the user's; replies carry the channel's bot account, often without a role. */
const isFromBot = (activity: Activity): boolean => activity.from?.role !== 'user';

const stateOf = (activity: Activity): string => {
  const value: unknown = activity.value;
  const state: unknown = value && typeof value === 'object' ? Reflect.get(value, 'state') : undefined;
  return typeof state === 'string' ? state : '';
};

const paragraph = (text: string): string => `<p>${escapeHtml(text)}</p>`;

/** Desk events said for what they are (EventFactory sends `handoff.initiate` in the user's name). */
function eventRow(t: TFunction, activity: Activity): Row {
  if (activity.name === HandoffEventNames.InitiateHandoff)
    return { kind: 'event', who: t('agent.bot'), body: paragraph(t('agent.events.handoffInitiate')) };
  if (activity.name === HandoffEventNames.HandoffStatus) {
    const state = stateOf(activity);
    const known = ['accepted', 'completed', 'failed'].includes(state);
    return {
      kind: 'event',
      who: t('agent.desk'),
      body: paragraph(known ? t(`agent.events.status.${state}`) : t('agent.events.status.other', { state })),
    };
  }
  return {
    kind: 'event',
    who: isFromBot(activity) ? t('agent.bot') : t('agent.user'),
    body: paragraph(t('agent.events.other', { name: activity.name ?? '' })),
  };
}

function messageRow(t: TFunction, activity: Activity, documentsBase: string): Row {
  const fromBot = isFromBot(activity);
  const text = activity.text ?? '';
  // Web Chat renders the bot's Markdown; the user's own words are shown as typed.
  const body = fromBot ? markdownToSafeHtml(text, documentsBase) : `<p class="typed">${escapeHtml(text)}</p>`;
  const files = (activity.attachments ?? []).map((attachment) => {
    const label = escapeHtml(attachment.name ?? attachment.contentType);
    const url = attachment.contentUrl ?? '';
    return fromBot && isOwnDocumentLink(url, documentsBase)
      ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${label}</a>`
      : `<span>${label}</span>`;
  });
  const attachments = files.length > 0 ? `<p class="files">📎 ${files.join(' · ')}</p>` : '';
  return { kind: fromBot ? 'bot' : 'user', who: fromBot ? t('agent.bot') : t('agent.user'), body: body + attachments };
}

/** A readable, self-contained page of a conversation for a support agent, as the user saw it. */
export function transcriptHtml(t: TFunction, view: TranscriptView): string {
  const language = t('agent.lang');
  const time = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: view.timeZone,
  });
  const zone =
    view.timeZone === 'Europe/Paris'
      ? t('commands.hours.paris')
      : t('commands.hours.zone', { timeZone: view.timeZone });
  const rows = view.activities
    .filter((activity) => activity.type === 'message' || activity.type === 'event')
    .map((activity) => {
      const row = activity.type === 'event' ? eventRow(t, activity) : messageRow(t, activity, view.documentsBase);
      const when = activity.timestamp ? time.format(new Date(activity.timestamp)) : '';
      return `<div class="${row.kind}"><small>${escapeHtml(row.who)} · <time>${escapeHtml(when)}</time></small>${row.body}</div>`;
    })
    .join('\n');
  const title = escapeHtml(t('agent.title', { conversationId: view.conversationId }));
  return `<!doctype html><html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto}p{margin:.2rem 0}.typed{white-space:pre-wrap}
div{padding:.5rem .8rem;margin:.4rem 0;border-radius:.5rem}.bot{background:#eef3fb}.user{background:#f3f3f3;margin-left:4rem}
.event{border:1px dashed #999;font-style:italic}small{color:#555}</style></head>
<body><h1>${title}</h1><p>${escapeHtml(t('agent.times', { zone }))}</p>
${rows}</body></html>`;
}
