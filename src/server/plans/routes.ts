import { plansApi } from '../../contract/plans';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { createPlan, issuePlan, reopenPlan, savePlan } from './plans-commands';
import { getPlan, listPlans } from './plans-queries';

/** The annual emulation and commendation plan (kế hoạch thi đua, khen thưởng) as data. */
export const planRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, plansApi, {
      listPlans: (_, { user }) => listPlans(db, user),
      createPlan: ({ body }, { user, actor }) => createPlan(db, clock, user, actor, body),
      getPlan: ({ params }, { user }) => getPlan(db, user, params.id),
      savePlan: ({ params, body }, { user, actor }) => savePlan(db, clock, user, actor, params.id, body),
      issuePlan: ({ params, body }, { user, actor }) =>
        issuePlan(db, clock, user, actor, params.id, body.version),
      reopenPlan: ({ params, body }, { user, actor }) =>
        reopenPlan(db, clock, user, actor, params.id, body.reason),
    });
  };
