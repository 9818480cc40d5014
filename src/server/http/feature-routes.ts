import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { attachmentRoutes } from '../attachments/routes';
import { auditRoutes } from '../audit/routes';
import { authRoutes } from '../auth/routes';
import { userAdminRoutes } from '../auth/user-routes';
import { calendarRoutes } from '../calendar/routes';
import { verificationRoutes } from '../certificates/verification-routes';
import { councilRoutes } from '../council/routes';
import { dashboardRoutes } from '../dashboard/routes';
import { decisionRoutes } from '../decisions/routes';
import type { AppDeps } from '../deps';
import { disclosureRoutes } from '../disclosures/routes';
import { documentRoutes } from '../documents/routes';
import { exampleRoutes } from '../examples/routes';
import { historyRoutes } from '../history/routes';
import { inboxRoutes } from '../inbox/routes';
import { intakeRoutes } from '../intake/routes';
import { lawRoutes } from '../law/routes';
import { movementRoutes } from '../movements/routes';
import { organisationRoutes } from '../organisations/routes';
import { peopleRoutes } from '../people/routes';
import { planRoutes } from '../plans/routes';
import { proposalRoutes } from '../proposals/routes';
import { ratingRoutes } from '../ratings/routes';
import { registrationRoutes } from '../registrations/routes';
import { reviewRoutes } from '../reviews/routes';
import { scoringRoutes } from '../scoring/routes';
import { targetRoutes } from '../targets/routes';

type Feature = (deps: AppDeps) => FastifyPluginAsyncZod;

/** Every feature's routes, mounted under /api. Add a feature here. */
export const FEATURE_ROUTES: Feature[] = [
  organisationRoutes,
  peopleRoutes,
  movementRoutes,
  registrationRoutes,
  scoringRoutes,
  reviewRoutes,
  inboxRoutes,
  calendarRoutes,
  dashboardRoutes,
  proposalRoutes,
  decisionRoutes,
  documentRoutes,
  auditRoutes,
  disclosureRoutes,
  councilRoutes,
  lawRoutes,
  targetRoutes,
  planRoutes,
  ratingRoutes,
  exampleRoutes,
  userAdminRoutes,
  attachmentRoutes,
  historyRoutes,
  intakeRoutes,
  // registered from their contract with their whole path (`/public/...`)
  verificationRoutes,
];

/** Routes that need no login, mounted under /api/public. */

/** Sign-in, sign-out, the current user and first setup: mounted first, with the security options. */
export const AUTH_ROUTES = authRoutes;
