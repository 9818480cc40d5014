import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { AppError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
  }
}

/** The signed-in user, or a 401 with a Vietnamese message. */
export function requireUser(req: FastifyRequest): AuthUser {
  const u = req.user;
  if (!u) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục.');
  return u;
}

export function actorOf(req: FastifyRequest, u: AuthUser): AuditActor {
  return { id: u.id, displayName: u.displayName, tenantId: u.tenantId, requestId: String(req.id) };
}
