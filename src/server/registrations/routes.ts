import { registrationsApi } from '../../contract/registrations';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { register, remindMissing, updateRegistration } from './registration-commands';
import { registrationList } from './registration-queries';

/** Registration (đăng ký thi đua) for a movement: register, edit before the deadline, who is missing, reminders. */
export const registrationRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, registrationsApi, {
      listRegistrations: ({ params }, { user }) => registrationList(db, clock, user, params.id),
      register: ({ params, body }, { user, actor }) => register(db, clock, user, actor, params.id, body),
      updateRegistration: ({ params, body }, { user, actor }) =>
        updateRegistration(db, clock, user, actor, params.id, body),
      remind: ({ params, body }, { user, actor }) =>
        remindMissing(db, clock, user, actor, params.id, body.unitIds),
    });
  };
