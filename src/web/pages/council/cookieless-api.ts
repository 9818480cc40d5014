/**
 * The typed client without the session cookie: the vote is cast through it, so the server receives the
 * vote without knowing whose browser sent it (the ballot's anonymity, docs/BALLOT-ANONYMITY.md).
 */
import { ApiError, createApiClient } from '../../../contract/client';

export const cookielessApi = createApiClient(async ({ method, url, body }) => {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      credentials: 'omit',
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
});
