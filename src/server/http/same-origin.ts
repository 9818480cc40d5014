import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * Whether a state-changing request comes from a page of this server (cross-site request forgery check).
 * The page's origin is taken from `Origin`, or `Referer` when a browser left Origin out. It must be the
 * public URL's host, or the Host the browser addressed (so the server also works when opened by its
 * intranet IP address; a browser cannot set Host across sites, and cookies of this server are never
 * sent to another host name). A request with neither header is allowed only without a cookie — a
 * script or CLI, which has no session to abuse; browsers always send Origin on cross-site POSTs.
 */
export function sameOrigin(req: Pick<FastifyRequest, 'headers'>, publicHost: string | null): boolean {
  const origin = req.headers.origin;
  const referer = req.headers.referer;
  const source =
    typeof origin === 'string' && origin !== ''
      ? origin
      : typeof referer === 'string' && referer !== ''
        ? referer
        : null;
  if (source === null) return req.headers.cookie === undefined || req.headers.cookie === '';
  const host = hostOf(source);
  if (host === null) return false; // "null" (sandboxed frames, file:), or something that is not a web page
  if (publicHost !== null && host === publicHost) return true;
  const addressed = req.headers.host;
  return typeof addressed === 'string' && host === addressed.toLowerCase();
}

/** Refuse POST/PUT/PATCH/DELETE under /api from another site: 403 CROSS_ORIGIN. */
export function installSameOriginCheck(app: FastifyInstance, publicUrl: string): void {
  const publicHost = hostOf(publicUrl);
  app.addHook('onRequest', async (req) => {
    if (!STATE_CHANGING.has(req.method) || !req.url.startsWith('/api/')) return;
    if (!sameOrigin(req, publicHost)) {
      throw new AppError(
        'CROSS_ORIGIN',
        'Yêu cầu bị từ chối: không gửi từ trang của phần mềm Thi Đua (nguồn gửi khác địa chỉ máy chủ). Hãy mở phần mềm từ địa chỉ chính thức rồi thử lại.',
      );
    }
  });
}
