import type { Activity } from 'botbuilder';
import type { TFunction } from 'i18next';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character);

/** A readable, self-contained page of a conversation for a support agent. */
export function transcriptHtml(t: TFunction, conversationId: string, activities: Activity[]): string {
  const rows = activities
    .filter((activity) => activity.type === 'message' || activity.type === 'event')
    .map((activity) => {
      const fromBot = activity.from?.role === 'bot';
      const who = fromBot ? t('agent.bot') : t('agent.user');
      const when = activity.timestamp ? new Date(activity.timestamp).toISOString() : '';
      const text = activity.type === 'event' ? `[${activity.name ?? 'event'}]` : (activity.text ?? '');
      const files = (activity.attachments ?? [])
        .filter((attachment) => typeof attachment.contentUrl === 'string')
        .map((attachment) => `<a href="${escapeHtml(attachment.contentUrl ?? '')}">${escapeHtml(attachment.name ?? attachment.contentType)}</a>`)
        .join(' ');
      return `<div class="${fromBot ? 'bot' : 'user'}"><small>${escapeHtml(who)} · ${escapeHtml(when)}</small><pre>${escapeHtml(text)}</pre>${files}</div>`;
    })
    .join('\n');
  return `<!doctype html><html lang="${escapeHtml(t('agent.lang'))}"><head><meta charset="utf-8"><title>${escapeHtml(t('agent.title', { conversationId }))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto}pre{white-space:pre-wrap;font-family:inherit;margin:.2rem 0}
div{padding:.5rem .8rem;margin:.4rem 0;border-radius:.5rem}.bot{background:#eef3fb}.user{background:#f3f3f3;margin-left:4rem}</style></head>
<body><h1>${escapeHtml(t('agent.title', { conversationId }))}</h1>${rows}</body></html>`;
}
