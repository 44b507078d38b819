import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { languageOf, translatorFor } from '../../locales';
import type { EditorProfile } from '../editorProfile';
import { queryValue, routeParam } from '../http/requestParts';
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
  return template.replace(
    /\{\{\{(\w+)\}\}\}|\{\{(\w+)\}\}/g,
    (_, raw: string | undefined, escaped: string | undefined) =>
      raw !== undefined ? (values[raw] ?? '') : escapeHtml(values[escaped ?? ''] ?? ''),
  );
}

/** Made on first use and kept; a failure is forgotten, so the next request tries again. */
const lazyAsync = <T>(make: () => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () =>
    (value ??= make().catch((error: unknown) => {
      value = undefined;
      throw error;
    }));
};

const gzipped = promisify(gzip);

export interface WebChatPageOptions {
  profile?: EditorProfile;
  publicDir?: string;
  /** Where users reach this server (PUBLIC_BASE_URL): its WebSocket origin goes into the CSP, never the Host header. */
  publicBaseUrl: string;
  /** Origins allowed to embed the page in a frame (WEBCHAT_FRAME_ANCESTORS), beside this server itself. */
  frameAncestors: readonly string[];
}

/** The page's policy, fixed at start from the settings (checked origins): nothing a request sends goes into it. */
export function webChatPagePolicy(
  options: Pick<WebChatPageOptions, 'publicBaseUrl' | 'frameAncestors'>,
  logoUrl: string,
): string {
  const logoOrigin = /^https:\/\/[^/]+/.exec(logoUrl)?.[0] ?? '';
  const publicUrl = new URL(options.publicBaseUrl);
  const streamOrigin = `${publicUrl.protocol === 'https:' ? 'wss' : 'ws'}://${publicUrl.host}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Web Chat's emotion sheets (react-scroll-to-bottom's among them) ignore a nonce: scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${logoOrigin}`.trim(),
    "font-src 'self' data:",
    `connect-src 'self' ${streamOrigin}`,
    "base-uri 'none'",
    "form-action 'none'",
    ["frame-ancestors 'self'", ...options.frameAncestors].join(' '),
  ].join('; ');
}

/** `GET /` (the editor's support widget page), `GET /webchat.js` (the bundle from node_modules), `GET /static/:file`. */
export function registerWebChatPage(server: Server, options: WebChatPageOptions): void {
  const publicDir = options.publicDir ?? defaultPublicDir;
  const template = readFileSync(join(publicDir, 'index.html'), 'utf8');
  const statics = new Map(
    readdirSync(publicDir)
      .filter((file) => file !== 'index.html' && contentTypes[extname(file)])
      .map((file) => [file, readFileSync(join(publicDir, file))]),
  );
  const bundlePath = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
  // Only the gzipped bundle is kept (0.9 MB, what browsers take); a client without gzip reads the 3.9 MB file.
  const gzippedBundle = lazyAsync(async () => gzipped(await readFile(bundlePath)));
  const branding = pageBranding(options.profile);
  const policy = webChatPagePolicy(options, branding.logoUrl);

  server.get('/', async (req: Request, res: Response) => {
    const lang = queryValue(req, 'lang');
    const language = languageOf(typeof lang === 'string' ? lang : 'fr');
    const t = translatorFor(language);
    const name = options.profile?.name ?? t('page.defaultName');
    const strings = { connectionFailed: t('page.connectionFailed') };
    const config = { locale: language === 'fr' ? 'fr-FR' : 'en-US', styleOptions: branding.styleOptions, strings };
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
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  });

  server.get('/webchat.js', async (req: Request, res: Response) => {
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const headers = {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
      Vary: 'Accept-Encoding',
    };
    if (acceptsGzip) {
      const bytes = await gzippedBundle();
      res.writeHead(200, { ...headers, 'Content-Length': bytes.byteLength, 'Content-Encoding': 'gzip' });
      res.end(bytes);
      return;
    }
    const { size } = await stat(bundlePath);
    res.writeHead(200, { ...headers, 'Content-Length': size });
    await pipeline(createReadStream(bundlePath), res);
  });

  server.get('/static/:file', async (req: Request, res: Response) => {
    const file = routeParam(req, 'file') ?? '';
    const bytes = statics.get(file);
    if (!bytes) return sendError(res, 404, 'NotFound', 'No such file.');
    res.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(bytes);
  });
}
