import { movementsApi } from '../../contract/movements';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { applyMovementAction, createMovement, updateMovement } from './movement-commands';
import { listMovements, movementCatalogue, movementView } from './movement-queries';

/**
 * Movements (phong trào thi đua): the commune's catalogue (national movements it implements and its
 * own), participants and criteria, and the lifecycle of Điều 17 Luật TĐKT 2022 with audited transitions.
 */
export const movementRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, movementsApi, {
      listMovements: ({ query }, { user }) => listMovements(db, user, query),
      catalogue: (_, { user }) => movementCatalogue(db, user),
      getMovement: ({ params }, { user }) => movementView(db, user, params.id),
      createMovement: ({ body }, { user, actor }) => createMovement(db, clock, user, actor, body),
      updateMovement: ({ params, body }, { user, actor }) =>
        updateMovement(db, clock, user, actor, params.id, body),
      transition: ({ params, body }, { user, actor }) =>
        applyMovementAction(db, clock, user, actor, params.id, body.action),
      /** Kept for existing clients: the same as the `launch` transition. */
      launch: ({ params }, { user, actor }) =>
        applyMovementAction(db, clock, user, actor, params.id, 'launch'),
    });
  };
