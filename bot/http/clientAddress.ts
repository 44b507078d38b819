import type { IncomingMessage } from 'node:http';

/** `203.0.113.5:51234` and `[2001:db8::1]:51234` (some proxies add the port) → the address alone. */
const withoutPort = (address: string): string =>
  /^\[(.+)\](?::\d+)?$/.exec(address)?.[1] ?? /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address)?.[1] ?? address;

/**
 * The caller's address, for per-client limits. With `trustedHops` reverse proxies in front (TRUST_PROXY_HOPS),
 * each appended to X-Forwarded-For the address it saw: the entry that many places from the end is the client's;
 * whatever the client wrote there itself comes before and is ignored. Without proxies, the socket's address.
 */
export function clientAddress(req: IncomingMessage, trustedHops: number): string {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops === 0) return socketAddress;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const client = forwarded[forwarded.length - trustedHops];
  return client ? withoutPort(client) : socketAddress;
}
