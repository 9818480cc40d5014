/** Every route the server registers (also those hidden from the OpenAPI document), with its config. */
import type { FastifyInstance } from 'fastify';
import type { DossierRoute } from './dossier-guard';

export interface RegisteredRoute {
  method: string;
  url: string;
  dossier: DossierRoute | null;
  hidden: boolean;
  /** Registered from a contract entry (`bind.ts`). */
  contract: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeInventory: RegisteredRoute[];
  }
}

export function installRouteInventory(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  app.decorate('routeInventory', routes);
  app.addHook('onRoute', (r) => {
    const hidden = (r.schema as { hide?: boolean } | undefined)?.hide === true;
    const dossier = (r.config as { dossier?: DossierRoute } | undefined)?.dossier ?? null;
    const contract = (r.config as { contract?: boolean } | undefined)?.contract === true;
    for (const method of Array.isArray(r.method) ? r.method : [r.method]) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      routes.push({ method, url: r.url, dossier, hidden, contract });
    }
  });
}
