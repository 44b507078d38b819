import MarkdownIt from 'markdown-it';

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ?? character,
  );

/** A link to one of the bot's own documents: `<documentsBase><token>/<file name>`, nothing else. */
export function isOwnDocumentLink(href: string, documentsBase: string): boolean {
  if (!URL.canParse(href) || !URL.canParse(documentsBase)) return false;
  const url = new URL(href);
  const base = new URL(documentsBase);
  if (
    url.origin !== base.origin ||
    url.username !== '' ||
    url.password !== '' ||
    !url.pathname.startsWith(base.pathname)
  )
    return false;
  return /^[A-Za-z0-9_-]{16,128}\/[^/]+$/.test(url.pathname.slice(base.pathname.length));
}

/**
 * Markdown as Web Chat shows it, made safe: raw HTML escaped, no images, no bare-URL links; a link is kept
 * only when it points to one of the bot's own documents, any other shows its label and address as text.
 */
export function markdownToSafeHtml(markdown: string, documentsBase: string): string {
  const md = new MarkdownIt({ html: false, linkify: false, breaks: true, typographer: false }).disable('image');
  // Links do not nest in Markdown: a stack pairs each closing tag with its opening one.
  const open: { own: boolean; addressAsText?: string }[] = [];
  md.renderer.rules.link_open = (tokens, index) => {
    const href = tokens[index]?.attrGet('href') ?? '';
    const own = isOwnDocumentLink(href, documentsBase);
    // markdown-it empties a refused scheme (javascript:…); an autolink's label is its address already.
    const addressAsText = own || href === '' || tokens[index + 1]?.content === href ? undefined : href;
    open.push({ own, addressAsText });
    return own ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">` : '';
  };
  md.renderer.rules.link_close = () => {
    const link = open.pop();
    if (link?.own) return '</a>';
    return link?.addressAsText ? ` (${escapeHtml(link.addressAsText)})` : '';
  };
  return md.render(markdown);
}
