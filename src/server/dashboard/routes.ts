import { dashboardApi } from '../../contract/dashboard';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { dashboard } from './dashboard-queries';

/**
 * GET /api/dashboard — by role: the officer, the chairman (and other commune-wide roles) see the
 * commune's figures; a unit head sees their unit's open tasks and the movements it takes part in.
 */
export const dashboardRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, dashboardApi, {
      dashboard: ({ query }, { user }) => dashboard(db, clock, user, query.year),
    });
  };
