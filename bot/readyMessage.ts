import type { ServerConfig } from './config';

/** Where people reach this server: its public address when set, else this machine on the port it listens on. */
export const reachableUrl = (config: ServerConfig, port: number): string =>
  config.publicBaseUrlSet ? config.publicBaseUrl : `http://localhost:${port}`;

/** The one plain line `npm start` prints for a person once the server answers (the logs are JSON). */
export function readyMessage(config: ServerConfig, port: number): string {
  const url = reachableUrl(config, port);
  return config.directLine.enabled
    ? `Assistant 413 is ready: open ${url}/`
    : `Assistant 413 is ready: Bot Framework endpoint ${url}/api/messages (no Web Chat page: LOCAL_DIRECT_LINE is off)`;
}
