import { isIP } from 'node:net';

/** IPv4 127.0.0.0/8, IPv6 ::1 and its IPv4-mapped form (the URL parser has already normalised every spelling). */
const isLoopbackAddress = (host: string): boolean =>
  (isIP(host) === 4 && host.startsWith('127.')) || (isIP(host) === 6 && (host === '::1' || host === '::ffff:7f00:1'));

/**
 * A URL on this machine: `localhost`, 127.x.x.x or [::1], in http or https. Without an app id nobody is
 * authenticated, so the bot may only send to such a serviceUrl (the Emulator, the local Direct Line),
 * never to a host an anonymous caller names.
 */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || isLoopbackAddress(host);
}
