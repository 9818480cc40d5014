import type { FastifyRequest } from 'fastify';
import { AppError } from '../http/errors';

/** What a user who must change their password may still reach (besides the public routes). */
const OPEN = new Set([
  '/api/auth/me',
  '/api/auth/logout',
  '/api/auth/password',
  '/api/auth/login',
  '/api/public/instance',
]);

/** After an administrator's reset, nothing but the password change until the user has chosen one. */
export async function passwordChangeGate(req: FastifyRequest): Promise<void> {
  if (!req.user?.mustChangePassword) return;
  const url = req.routeOptions.url ?? req.url;
  if (OPEN.has(url) || url.startsWith('/api/public/')) return;
  throw new AppError('PASSWORD_CHANGE_REQUIRED', 'Bạn cần đổi mật khẩu trước khi tiếp tục.');
}
