/**
 * The contract's typed client over XMLHttpRequest, for uploads: the same calls as `api.call`, with the
 * upload's progress reported (fetch cannot report it).
 */
import { ApiError, createApiClient, type Transport } from '../../../contract/client';

const xhrTransport =
  (onUpload: (fraction: number) => void): Transport =>
  ({ method, url, body }) =>
    new Promise((resolve, reject) => {
      const x = new XMLHttpRequest();
      x.open(method, url);
      if (body !== undefined) x.setRequestHeader('content-type', 'application/json');
      x.upload.onprogress = (e) => {
        if (e.lengthComputable) onUpload(e.loaded / e.total);
      };
      x.onload = () =>
        resolve({
          status: x.status,
          header: (name) => x.getResponseHeader(name),
          text: async () => x.responseText,
          blob: async () => new Blob([x.responseText]),
        });
      x.onerror = () =>
        reject(new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.'));
      x.send(body === undefined ? null : JSON.stringify(body));
    });

/** A client whose uploads report their progress (0…1) to `onUpload`. */
export const uploadClient = (onUpload: (fraction: number) => void) => createApiClient(xhrTransport(onUpload));
