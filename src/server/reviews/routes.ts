import { reviewsApi } from '../../contract/reviews';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { createAnnualReview, saveAssessment, saveUnitReport } from './review-commands';
import { lockReview } from './review-lock-commands';
import { listReviews, reviewView } from './review-queries';

/**
 * Reviews (sơ kết, tổng kết) of a movement or of the year: the record with its computed figures and
 * free-text assessment, per-unit reports, score sheets, ranking with the tie rules, and the lock.
 */
export const reviewRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, reviewsApi, {
      listReviews: ({ query }, { user }) => listReviews(db, user, query),
      createReview: ({ body }, { user, actor }) => createAnnualReview(db, clock, user, actor, body),
      getReview: ({ params }, { user }) => reviewView(db, clock, user, params.id),
      lockReview: ({ params }, { user, actor }) => lockReview(db, clock, user, actor, params.id),
      saveAssessment: ({ params, body }, { user, actor }) =>
        saveAssessment(db, clock, user, actor, params.id, body.assessment),
      saveUnitReport: ({ params, body }, { user, actor }) =>
        saveUnitReport(db, clock, user, actor, params.id, params.unitId, body.assessment),
    });
  };
