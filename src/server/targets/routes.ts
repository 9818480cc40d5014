import { targetsApi } from '../../contract/targets';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { addProgress, createTarget, retractProgress, updateTarget } from './targets-commands';
import { targetsOfYear } from './targets-view';

/** Targets (chỉ tiêu) of a year with progress; the summary is computed by the core. */
export const targetRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, targetsApi, {
      targetsOfYear: ({ query }, { user }) => targetsOfYear(db, clock, user, query),
      createTarget: ({ body }, { user, actor }) => createTarget(db, clock, user, actor, body),
      updateTarget: ({ params, body }, { user, actor }) =>
        updateTarget(db, clock, user, actor, params.id, body),
      addProgress: ({ params, body }, { user, actor }) =>
        addProgress(db, clock, user, actor, params.id, body),
      retractProgress: ({ params, query }, { user, actor }) =>
        retractProgress(db, clock, user, actor, params.id, params.entryId, query.reason),
    });
  };
