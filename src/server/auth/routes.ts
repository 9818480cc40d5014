import { authApi } from '../../contract/accounts';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import type { SecurityOptions } from '../http/security-options';
import { instanceStatus } from './instance';
import { setupInstance } from './setup';
import { changePassword, signIn, signOut } from './sign-in';
import { currentUser } from './user-queries';

/**
 * Sign-in, sign-out, one's own password, and before sign-in the instance status and the first-run setup
 * (login and setup are rate-limited per address by `http/rate-limits.ts`, which knows them by URL).
 */
export const authRoutes =
  ({ db, clock, config }: AppDeps, security: SecurityOptions): Feature =>
  async (app) => {
    const o = { clock, security, secureCookies: config.secureCookies };
    bindAll(app, authApi, {
      login: ({ body }, { req, reply }) => signIn(db, o, req, reply, body),
      logout: (_, { req, reply }) => signOut(db, req, reply),
      me: (_, { user }) => currentUser(db, user),
      changePassword: ({ body }, { reply, user, actor }) => changePassword(db, o, reply, user, actor, body),
      instance: () => instanceStatus(db),
      setup: ({ body }, { req }) => setupInstance(db, clock, body, String(req.id)),
    });
  };
