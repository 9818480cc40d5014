/**
 * The one typed client of the API, used by the web (over `fetch`) and by the API tests (over Fastify's
 * `inject`): `api.call(endpoint, input)` answers the endpoint's response type or throws `ApiError` with
 * the server's code and message. A change of a response shape in the contract breaks its callers' types.
 */
import type { ErrorCode } from '../core/errors/error-codes';
import type { Endpoint, Input, Output } from './endpoint';
import { urlOf } from './url';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | (string & {}),
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** How far a file's upload has gone (0–1), for a progress bar. */
export type UploadProgress = (fraction: number) => void;

/**
 * One HTTP exchange: the transport the client runs on. A `Uint8Array` body is a file's bytes (sent as
 * `application/octet-stream`, reporting `onUploadProgress`); any other body is JSON.
 */
export type Transport = (request: {
  method: string;
  url: string;
  body?: unknown;
  onUploadProgress?: UploadProgress | undefined;
}) => Promise<{
  status: number;
  header(name: string): string | null;
  text(): Promise<string>;
  blob(): Promise<Blob>;
}>;

export interface ApiClient {
  /** Call a JSON endpoint (or an upload: `FileUpload` body, with progress): the answer, or `ApiError`. */
  call<E extends Endpoint>(
    e: E,
    input: Input<E>,
    opts?: { onUploadProgress?: UploadProgress },
  ): Promise<Output<E>>;
  /** Fetch a file endpoint: its bytes and the file name the server gives, or `ApiError`. */
  file<E extends Endpoint>(e: E, input: Input<E>): Promise<{ blob: Blob; fileName: string | null }>;
}

type Parts = { params?: Record<string, string | number>; query?: object; body?: unknown };

export function createApiClient(transport: Transport): ApiClient {
  async function exchange(e: Endpoint, input: Parts, onUploadProgress?: UploadProgress) {
    const url = urlOf(e, input.params, input.query);
    const body = e.method === 'GET' ? undefined : (input.body ?? {});
    return transport({ method: e.method, url, body, ...(onUploadProgress ? { onUploadProgress } : {}) });
  }
  async function failure(res: Awaited<ReturnType<Transport>>): Promise<never> {
    let data: { code?: string; message?: string; details?: unknown } = {};
    try {
      data = JSON.parse(await res.text());
    } catch {
      data = {};
    }
    throw new ApiError(
      res.status,
      data.code ?? `HTTP_${res.status}`,
      data.message ?? `Lỗi máy chủ (${res.status}).`,
      data.details,
    );
  }
  return {
    async call(e, input, opts) {
      const res = await exchange(e, input as Parts, opts?.onUploadProgress);
      if (res.status >= 400 || res.status === 0) return failure(res);
      const text = await res.text();
      return (text ? JSON.parse(text) : null) as never;
    },
    async file(e, input) {
      const res = await exchange(e, input as Parts);
      if (res.status >= 400 || res.status === 0) return failure(res);
      return { blob: await res.blob(), fileName: fileNameOf(res.header('content-disposition')) };
    },
  };
}

/** The file name of a Content-Disposition header (`filename*` in UTF-8 first). */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? null;
}
