/**
 * The server's HTTP API, called as a demo account, for tests that set up the state they start from
 * (a proposal already submitted, a meeting already voting) instead of clicking through the steps before.
 * `call` is the contract's typed client (src/contract); `get`/`post`/`put` reach endpoints by path.
 */
import { inject } from 'vitest';
import { createApiClient } from '../src/contract/client';
import { sessionOf } from './browser';

export interface Api {
  call: ReturnType<typeof createApiClient>['call'];
  get<T>(path: string): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
}

/** The API as `username` (a demo account signed in by global-setup). */
export function apiAs(username: string): Api {
  const baseUrl = inject('baseUrl');
  const headers = {
    cookie: `td_session=${sessionOf(username)}`,
    // the server refuses state-changing requests with a cookie but without Origin (CSRF check)
    origin: baseUrl,
  };
  const exchange = async (method: string, url: string, body?: unknown) => {
    // a file's bytes (an upload) go as they are; anything else as JSON
    const bytes = body instanceof Uint8Array;
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers:
        body === undefined
          ? headers
          : { ...headers, 'content-type': bytes ? 'application/octet-stream' : 'application/json' },
      body: body === undefined ? undefined : bytes ? (body as BodyInit) : JSON.stringify(body),
    });
    return res;
  };
  const json =
    (method: string) =>
    async <T>(path: string, body?: unknown): Promise<T> => {
      const res = await exchange(method, path, method === 'GET' ? undefined : (body ?? {}));
      const text = await res.text();
      if (!res.ok) throw new Error(`${username}: ${method} ${path} → ${res.status} ${text}`);
      return (text ? JSON.parse(text) : null) as T;
    };
  const client = createApiClient(async ({ method, url, body }) => {
    const res = await exchange(method, url, body);
    return {
      status: res.status,
      header: (name) => res.headers.get(name),
      text: () => res.text(),
      blob: () => res.blob(),
    };
  });
  return { call: client.call, get: json('GET'), post: json('POST'), put: json('PUT') };
}
