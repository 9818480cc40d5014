/**
 * The dossier access rule applied at the HTTP edge, so a route cannot forget it.
 *
 * Every route that returns a proposal's dossier data declares it in its config:
 * - `{ dossier: { param: 'id', part: 'public-view' } }`: the proposal named by that path parameter; a
 *   conflicted reader gets the public part (the route's query projects it, `getProposal` does);
 * - `{ dossier: { param: 'id', part: 'full-only' } }`: no public form (law verdict, achievement report, law
 *   override): a conflicted reader is refused with 403 CONFLICT_OF_INTEREST before the handler runs;
 * - `{ dossier: { list: true } }`: several dossiers; the route's query reduces conflicted rows to the public part.
 * A route whose path names a proposal (`/proposals/:…`, `:proposalId`) and declares nothing stops the
 * server at start-up; `route-inventory.test.ts` checks every declared route with a conflicted member.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { Db } from '../db/connect';
import { dossierAccessFor, requireFullDossier } from '../proposals/dossier-access';

export type DossierRoute = { param: string; part: 'public-view' | 'full-only' } | { list: true };

declare module 'fastify' {
  interface FastifyContextConfig {
    dossier?: DossierRoute;
  }
}

/** Does this path name one proposal (and so must declare how it applies the dossier rule)? */
export function namesProposal(url: string): boolean {
  return /\/proposals\/:/.test(url) || /:proposalId\b/.test(url);
}

export function missingDossierDeclaration(route: Pick<RouteOptions, 'url' | 'config'>): boolean {
  const d = (route.config as { dossier?: DossierRoute } | undefined)?.dossier;
  return namesProposal(route.url) && !(d && 'param' in d);
}

export function installDossierGuard(app: FastifyInstance, db: Db): void {
  app.addHook('onRoute', (route) => {
    if (missingDossierDeclaration(route)) {
      const methods = Array.isArray(route.method) ? route.method.join(',') : route.method;
      throw new Error(
        `${methods} ${route.url} names a proposal but does not declare config.dossier (see docs/ARCHITECTURE.md, "Dossier access").`,
      );
    }
  });
  app.addHook('preHandler', async (req) => {
    const d = req.routeOptions.config.dossier;
    if (!d || !('param' in d) || !req.user) return;
    const id = (req.params as Record<string, unknown>)[d.param];
    if (typeof id !== 'string') return;
    if (d.part === 'full-only') await requireFullDossier(db, req.user, id);
    else await dossierAccessFor(db, req.user, id);
  });
}
