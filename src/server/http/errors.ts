import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';

/** An expected failure: answered with `status` and `{ code, message }` (message in Vietnamese). */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `Không tìm thấy ${what}.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError(403, 'FORBIDDEN', message);

/** Map a core Result failure to an HTTP error (409 for state conflicts, 403 for permission). */
export function fromCore(r: { code: string; message: string }): AppError {
  const status = ['FORBIDDEN_ACTION', 'NOT_OWN_UNIT'].includes(r.code)
    ? 403
    : r.code.endsWith('_REQUIRED')
      ? 400
      : 409;
  return new AppError(status, r.code, r.message);
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ code: err.code, message: err.message, details: err.details });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({
        path: String(v.instancePath || '')
          .replace(/^\//, '')
          .replaceAll('/', '.'),
        message: v.message ?? 'không hợp lệ',
      }));
      const list = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      return reply
        .status(400)
        .send({ code: 'VALIDATION', message: `Dữ liệu không hợp lệ — ${list}`, details: issues });
    }
    const code = (err as FastifyError).code;
    if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (err as FastifyError).statusCode === 400) {
      return reply.status(400).send({
        code: 'BAD_REQUEST',
        message: 'Yêu cầu không hợp lệ (JSON sai cú pháp hoặc thiếu dữ liệu).',
      });
    }
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return reply
        .status(415)
        .send({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Chỉ nhận dữ liệu dạng JSON.' });
    }
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send({ code: 'TOO_LARGE', message: 'Dữ liệu gửi lên quá lớn.' });
    }
    const status = (err as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.status(status).send({ code: code ?? 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' });
    }
    req.log.error({ err }, 'unexpected error');
    return reply
      .status(500)
      .send({ code: 'INTERNAL', message: `Lỗi hệ thống, vui lòng thử lại. Mã tra cứu: ${req.id}` });
  });
}
