import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

/**
 * `application/octet-stream` bodies — a file's bytes — on the routes whose contract declares `FileUpload`
 * (`config.upload`, set by `bind.ts`), up to the route's own `bodyLimit`; every other route refuses them
 * (415). The caller's right to upload is checked before the bytes are read (`bind.ts`, preParsing), and
 * the same-origin and rate-limit guards run on these routes as on every other.
 */
export function installBinaryBody(app: FastifyInstance): void {
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (req, body, done) => {
    if (!req.routeOptions.config.upload) {
      done(new AppError('UNSUPPORTED_MEDIA_TYPE', 'Đường dẫn này chỉ nhận dữ liệu dạng JSON.'), undefined);
      return;
    }
    done(null, body);
  });
}
