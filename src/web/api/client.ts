/**
 * The web's API client: the contract's typed client (`contract/client.ts`) over `fetch`. Call an endpoint
 * with `api.call(someApi.endpoint, { params, query, body })`; the answer has the contract's type, a
 * refusal throws `ApiError` with the server's code and message.
 */
import { ApiError, createApiClient, type Transport } from '../../contract/client';

export { ApiError };

const networkError = () =>
  new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.');

/**
 * A file's bytes, over XMLHttpRequest (fetch cannot report how much of the body has gone, and a phone on a
 * slow line needs to see it): `application/octet-stream`, to this server (its session cookie goes along).
 */
function sendBytes(
  method: string,
  url: string,
  body: Uint8Array,
  credentials: RequestCredentials,
  onUploadProgress?: (fraction: number) => void,
): ReturnType<Transport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.withCredentials = credentials !== 'omit';
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    xhr.responseType = 'blob';
    if (onUploadProgress) {
      xhr.upload.onprogress = (ev) => {
        if (ev.lengthComputable && ev.total > 0) onUploadProgress(ev.loaded / ev.total);
      };
    }
    xhr.onerror = () => reject(networkError());
    xhr.onload = () => {
      const blob = xhr.response as Blob;
      resolve({
        status: xhr.status,
        header: (name) => xhr.getResponseHeader(name),
        text: () => blob.text(),
        blob: async () => blob,
      });
    };
    xhr.send(new Blob([body as BlobPart]));
  });
}

/** `fetch` as the client's transport; `credentials: 'omit'` sends no cookie (the secret ballot's vote). */
export const fetchTransport =
  (credentials: RequestCredentials): Transport =>
  async ({ method, url, body, onUploadProgress }) => {
    if (body instanceof Uint8Array) return sendBytes(method, url, body, credentials, onUploadProgress);
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        credentials,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch {
      throw networkError();
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
