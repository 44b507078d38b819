import type { TestServer } from '../helpers/testServer';

/** Calls of the local Direct Line through the real server, as an editor's backend and a page make them. */
/** A settable clock for the server (rate windows, idle expiry). */
export const clock = () => {
  let time = Date.parse('2026-12-01T09:00:00Z');
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
};

export const call = async (
  server: TestServer,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
) => {
  const res = await fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? 'POST',
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  const json: unknown = text ? JSON.parse(text) : {};
  return {
    status: res.status,
    headers: res.headers,
    body: json && typeof json === 'object' ? Object.fromEntries(Object.entries(json)) : {},
  };
};
export const bearer = (token: unknown) => ({ Authorization: `Bearer ${String(token)}` });
export const generate = (server: TestServer, headers: Record<string, string> = {}) =>
  call(server, '/v3/directline/tokens/generate', { headers });
export const startConversation = async (server: TestServer, headers: Record<string, string> = {}) => {
  const token = (await generate(server, headers)).body.token;
  const started = await call(server, '/v3/directline/conversations', {
    headers: { ...headers, ...bearer(token) },
    body: {},
  });
  return {
    status: started.status,
    id: String(started.body.conversationId),
    token: String(started.body.token),
    streamUrl: String(started.body.streamUrl),
  };
};
