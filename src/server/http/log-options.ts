import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Rotated log files kept besides the active one (daily, or sooner at 20 MB): about two weeks. */
export const LOG_FILES_KEPT = 14;
export const LOG_FILE_SIZE = '20m';

/** Anything that could hold a secret, wherever a log line carries it (values replaced by "[ẩn]"). */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'body',
  'req.body',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.blindedToken',
  '*.signature',
  '*.unblindedSignature',
  '*.receipt',
  '*.fileBase64',
];

/**
 * What a request line says: method, the path without its query string (queries carry searched names),
 * the route and the request id. Not the client address, not headers, not the body.
 */
export function requestForLog(req: FastifyRequest): Record<string, unknown> {
  const q = req.url.indexOf('?');
  return {
    method: req.method,
    url: q === -1 ? req.url : `${req.url.slice(0, q)}?…`,
    route: req.routeOptions?.url,
  };
}

export function responseForLog(res: FastifyReply): Record<string, unknown> {
  return { statusCode: res.statusCode };
}

/** Options without a destination: level, redaction, serializers (used as such by the tests with a capture stream). */
export function baseLoggerOptions(level: string) {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[ẩn]' },
    serializers: { req: requestForLog, res: responseForLog },
  };
}

/**
 * Fastify logger options: to `<DATA_DIR>/logs/thidua.<date>.<n>.log`, rotated daily or at 20 MB, keeping
 * `LOG_FILES_KEPT` old files (pino-roll, in a worker thread); to stdout instead with LOG_TO_STDOUT=1
 * (containers, systemd: the platform rotates). LOG_LEVEL sets the level (info by default).
 */
export function loggerOptions(env: NodeJS.ProcessEnv, dataDir: string) {
  const base = baseLoggerOptions(env.LOG_LEVEL ?? 'info');
  if (env.LOG_TO_STDOUT === '1') return base;
  return {
    ...base,
    transport: {
      target: 'pino-roll',
      options: {
        file: path.join(dataDir, 'logs', 'thidua.log'),
        frequency: 'daily',
        dateFormat: 'yyyy-MM-dd',
        size: LOG_FILE_SIZE,
        mkdir: true,
        limit: { count: LOG_FILES_KEPT, removeOtherLogFiles: true },
      },
    },
  };
}
