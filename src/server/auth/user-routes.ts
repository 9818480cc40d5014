import { usersApi } from '../../contract/accounts';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { resetPassword, setUserActive } from './password-commands';
import { createUser, updateUser } from './user-commands';
import { listUsers } from './user-queries';

/** The commune's accounts, for its administrator: list, reset a password, deactivate and reactivate. */
export const userAdminRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, usersApi, {
      listUsers: (_, { user }) => listUsers(db, user),
      createUser: ({ body }, { user, actor }) => createUser(db, clock, actor, user, body),
      updateUser: ({ params, body }, { user, actor }) => updateUser(db, clock, actor, user, params.id, body),
      resetPassword: ({ params, body }, { user, actor }) =>
        resetPassword(db, clock, actor, user, params.id, body.password),
      deactivate: ({ params }, { user, actor }) => setUserActive(db, clock, actor, user, params.id, false),
      reactivate: ({ params }, { user, actor }) => setUserActive(db, clock, actor, user, params.id, true),
    });
  };
