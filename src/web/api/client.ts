/**
 * The web's API client: the contract's typed client (`contract/client.ts`) over `fetch`. Call an endpoint
 * with `api.call(someApi.endpoint, { params, query, body })`; the answer has the contract's type, a
 * refusal throws `ApiError` with the server's code and message.
 */
import { ApiError, createApiClient, type Transport } from '../../contract/client';

export { ApiError };

/** `fetch` as the client's transport; `credentials: 'omit'` sends no cookie (the secret ballot's vote). */
export const fetchTransport =
  (credentials: RequestCredentials): Transport =>
  async ({ method, url, body }) => {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        credentials,
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

const typed = createApiClient(fetchTransport('same-origin'));

export const api = {
  call: typed.call,
  file: typed.file,
};
