/**
 * The web's API client: the contract's typed client (`contract/client.ts`) over `fetch`. Call an endpoint
 * with `api.call(someApi.endpoint, { params, query, body })`; the answer has the contract's type, a
 * refusal throws `ApiError` with the server's code and message.
 */
import { ApiError, createApiClient, type Transport } from '../../contract/client';

export { ApiError };

const fetchTransport: Transport = async ({ method, url, body }) => {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  return {
    status: res.status,
    header: (name) => res.headers.get(name),
    text: () => res.text(),
    blob: () => res.blob(),
  };
};

const typed = createApiClient(fetchTransport);

async function request<T>(method: string, url: string, body?: unknown, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      ...init,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const d = (data ?? {}) as { code?: string; message?: string; details?: unknown };
    throw new ApiError(
      res.status,
      d.code ?? `HTTP_${res.status}`,
      d.message ?? `Lỗi máy chủ (${res.status}).`,
      d.details,
    );
  }
  return data as T;
}

export const api = {
  call: typed.call,
  file: typed.file,
  /** @deprecated untyped: being replaced by `call`; do not add new uses. */
  get: <T>(url: string) => request<T>('GET', url),
  /** @deprecated untyped */
  post: <T>(url: string, body: unknown = {}, init?: RequestInit) => request<T>('POST', url, body, init),
  /** @deprecated untyped */
  put: <T>(url: string, body: unknown) => request<T>('PUT', url, body),
  /** @deprecated untyped */
  patch: <T>(url: string, body: unknown) => request<T>('PATCH', url, body),
  /** @deprecated untyped */
  delete: <T>(url: string) => request<T>('DELETE', url),
};

export function qs(params: Record<string, string | number | undefined | null>): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const str = s.toString();
  return str ? `?${str}` : '';
}
