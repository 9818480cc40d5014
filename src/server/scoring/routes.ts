import { scoringApi } from '../../contract/scoring';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { proposalsFromRanking } from './ranking-proposals';
import { saveSheet } from './score-commands';

/** Scoring (chấm điểm): score sheets of a review, and turning the locked ranking into proposals. */
export const scoringRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, scoringApi, {
      saveScores: ({ params, body }, { user, actor }) => saveSheet(db, clock, user, actor, params.id, body),
      proposeFromRanking: ({ params, body }, { user, actor }) =>
        proposalsFromRanking(db, clock, user, actor, params.id, body),
    });
  };
