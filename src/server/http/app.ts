import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { passwordChangeGate } from '../auth/password-change-gate';
import { SESSION_COOKIE, userForSession } from '../auth/sessions';
import type { AppDeps } from '../deps';
import { installBinaryBody } from './binary-body';
import { installJsonCompression } from './compress-json';
import { installDossierGuard } from './dossier-guard';
import { installErrorHandlers } from './errors';
import { AUTH_ROUTES, FEATURE_ROUTES } from './feature-routes';
import { installJsonBody } from './json-body';
import { installRateLimits } from './rate-limits';
import { installRouteInventory } from './route-inventory';
import { installSameOriginCheck } from './same-origin';
import { installSecurityHeaders } from './security-headers';
import { securityOptionsFromEnv } from './security-options';
import { installWebFiles } from './web-files';

z.config(z.locales.vi());

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.config.logger ?? false,
    genReqId: () => randomUUID(), // unpredictable: no gap in a sequence betrays an unlogged request (a vote)
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: deps.config.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);
  installJsonCompression(app);
  installRouteInventory(app);
  installJsonBody(app);
  installBinaryBody(app);
  await installSecurityHeaders(app, deps.config.publicUrl);
  installSameOriginCheck(app, deps.config.publicUrl);
  const security = deps.config.security ?? securityOptionsFromEnv({});
  await installRateLimits(app, security.rateLimits);
  await app.register(fastifyCookie);
  app.decorateRequest('user', null);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Thi Đua API', version: '0.1.0', description: 'API quản lý thi đua, khen thưởng' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  await app.register(
    async (api) => {
      api.addHook('onRequest', async (req) => {
        req.user = await userForSession(deps.db, deps.clock, req.cookies[SESSION_COOKIE]);
      });
      installDossierGuard(api, deps.db);
      api.addHook('onRequest', passwordChangeGate);
      await api.register(AUTH_ROUTES(deps, security));
      for (const register of FEATURE_ROUTES) await api.register(register(deps));
      api.setNotFoundHandler((req, reply) => {
        reply
          .status(404)
          .send({ code: 'NOT_FOUND', message: `Không có đường dẫn API ${req.method} ${req.url}.` });
      });
    },
    { prefix: '/api' },
  );

  if (deps.config.webDist) await installWebFiles(app, deps.config.webDist);
  return app;
}
