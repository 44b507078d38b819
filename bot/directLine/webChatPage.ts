import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { languageOf, translatorFor } from '../../locales';
import type { EditorProfile } from '../editorProfile';
import { sendError } from './httpErrors';
import { pageBranding } from './pageBranding';

/** `public/` beside `bot/`, from the sources or from `dist/`. */
export const defaultPublicDir = join(__dirname.replace(/[\\/]dist(?=[\\/])/, ''), '..', '..', 'public');

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** `{{name}}` gets escaped text; `{{{name}}}` is inserted as is (already safe JSON). One pass: values are never re-read. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g, (_, raw: string | undefined, escaped: string | undefined) =>
    raw !== undefined ? (values[raw] ?? '') : escapeHtml(values[escaped ?? ''] ?? ''),
  );
}

const lazy = <T>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/** `GET /` (the editor's support widget page), `GET /webchat.js` (the bundle from node_modules), `GET /static/:file`. */
export function registerWebChatPage(server: Server, options: { profile?: EditorProfile; publicDir?: string }): void {
  const publicDir = options.publicDir ?? defaultPublicDir;
  const template = readFileSync(join(publicDir, 'index.html'), 'utf8');
  const statics = new Map(
    readdirSync(publicDir)
      .filter((file) => file !== 'index.html' && contentTypes[extname(file)])
      .map((file) => [file, readFileSync(join(publicDir, file))]),
  );
  const bundle = lazy(() => readFileSync(join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js')));
  const gzippedBundle = lazy(() => gzipSync(bundle()));
  const branding = pageBranding(options.profile);
  const logoOrigin = /^https:\/\/[^/]+/.exec(branding.logoUrl)?.[0] ?? '';

  server.get('/', async (req: Request, res: Response) => {
    const language = languageOf(typeof req.query?.lang === 'string' ? req.query.lang : 'fr');
    const t = translatorFor(language);
    const name = options.profile?.name ?? t('page.defaultName');
    const strings = { connectionFailed: t('page.connectionFailed') };
    const config = { locale: language === 'fr' ? 'fr-FR' : 'en-US', styleOptions: branding.styleOptions, strings };
    const host = req.headers.host ?? 'localhost';
    const body = renderTemplate(template, {
      lang: language,
      title: t('page.title', { name }),
      name,
      subtitle: t('page.subtitle'),
      intro: t('page.intro'),
      privacy: t('page.privacy'),
      chatLabel: t('page.chatLabel'),
      connecting: t('page.connecting'),
      logoAlt: t('page.logoAlt', { name }),
      logoUrl: branding.logoUrl,
      brandStyle: `--brand:${branding.primaryColor};--brand-soft:${branding.accentColor};--on-brand:${branding.onPrimaryColor}`,
      config: JSON.stringify(config).replace(/</g, '\\u003c'),
    });
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': [
        "default-src 'none'",
        "script-src 'self'",
        // Web Chat's emotion sheets (react-scroll-to-bottom's among them) ignore a nonce: scripts stay strict.
        "style-src 'self' 'unsafe-inline'",
        `img-src 'self' data: blob: ${logoOrigin}`.trim(),
        "font-src 'self' data:",
        `connect-src 'self' ws://${host} wss://${host}`,
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'self'",
      ].join('; '),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  });

  server.get('/webchat.js', async (req: Request, res: Response) => {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const bytes = gzip ? gzippedBundle() : bundle();
    res.writeHead(200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Content-Length': bytes.byteLength,
      'Cache-Control': 'public, max-age=86400',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(bytes);
  });

  server.get('/static/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file ?? '');
    const bytes = statics.get(file);
    if (!bytes) return sendError(res, 404, 'NotFound', 'No such file.');
    res.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
    res.end(bytes);
  });
}
