import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERRORS, type ErrorCode } from '../../core/errors/error-codes';
import { fileTooLargeMessage } from '../../core/files/file-kinds';

/**
 * An expected failure: answered with the code's status from the error table (`core/errors/error-codes.ts`)
 * and `{ code, message }`; the message names the record in Vietnamese, or is the table's default.
 */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? ERRORS[code].vi);
    this.status = ERRORS[code].status;
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') =>
  new AppError('FORBIDDEN', message);

/** A core Result failure as an HTTP error (its status from the error table). */
export function fromCore(r: { code: ErrorCode; message: string }): AppError {
  return new AppError(r.code, r.message);
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
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' && req.routeOptions.config?.upload) {
      const message = fileTooLargeMessage(req.routeOptions.bodyLimit ?? 0);
      return reply.status(413).send({ code: 'FILE_TOO_LARGE', message });
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
