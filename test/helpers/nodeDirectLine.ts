import { Activity, ConnectionStatus, DirectLine } from 'botframework-directlinejs';
import { WebSocket } from 'ws';

/**
 * The part of XMLHttpRequest that rxjs 5's ajax (used by botframework-directlinejs) drives, on fetch:
 * node has no XMLHttpRequest, and this keeps the library's own request code under test.
 */
class FetchXMLHttpRequest {
  readyState = 0;
  status = 0;
  response: unknown = null;
  responseText = '';
  responseType = '';
  timeout = 0;
  withCredentials = false;
  onreadystatechange: ((this: FetchXMLHttpRequest, event: { type: string }) => void) | null = null;
  private method = 'GET';
  private url = '';
  private readonly headers: Record<string, string> = {};
  private responseHeaders = new Headers();
  private readonly controller = new AbortController();

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
    this.readyState = 1;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders.get(name);
  }
  abort() {
    this.controller.abort();
  }
  send(body?: unknown) {
    const init = {
      method: this.method,
      headers: this.headers,
      body: typeof body === 'string' ? body : undefined,
      signal: this.controller.signal,
    };
    fetch(this.url, init)
      .then(async (res) => {
        this.status = res.status;
        this.responseHeaders = res.headers;
        this.responseText = await res.text();
        this.response =
          this.responseType === 'json' ? (this.responseText ? JSON.parse(this.responseText) : null) : this.responseText;
      })
      .catch(() => {
        this.status = 0;
      })
      .finally(() => {
        this.readyState = 4;
        this.onreadystatechange?.call(this, { type: 'readystatechange' });
      });
  }
}

/** Gives node the browser globals botframework-directlinejs looks for. */
export function installDirectLineGlobals(): void {
  Object.defineProperty(globalThis, 'XMLHttpRequest', {
    value: FetchXMLHttpRequest,
    configurable: true,
    writable: true,
  });
  Object.defineProperty(globalThis, 'WebSocket', { value: WebSocket, configurable: true, writable: true });
}

export interface DirectLineClient {
  directLine: DirectLine;
  activities: Activity[];
  /** The first activity (seen or to come) that matches. */
  waitFor(predicate: (activity: Activity) => boolean, timeoutMs?: number): Promise<Activity>;
  post(activity: Activity): Promise<string>;
  end(): void;
}

/** A botframework-directlinejs client against the local endpoint, recording every activity it receives. */
export function connectDirectLine(options: { baseUrl: string; token: string; webSocket: boolean }): DirectLineClient {
  const directLine = new DirectLine({
    token: options.token,
    domain: `${options.baseUrl}/v3/directline`,
    webSocket: options.webSocket,
    pollingInterval: 200,
  });
  const activities: Activity[] = [];
  const waiters = new Set<() => void>();
  const subscription = directLine.activity$.subscribe((activity) => {
    activities.push(activity);
    for (const check of waiters) check();
  });
  return {
    directLine,
    activities,
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching activity among ${activities.length} received`));
        }, timeoutMs);
        const check = () => {
          const found = activities.find(predicate);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        waiters.add(check);
        check();
      });
    },
    post: (activity) => new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject)),
    end() {
      subscription.unsubscribe();
      if (directLine.connectionStatus$.getValue() !== ConnectionStatus.Ended) directLine.end();
    },
  };
}
