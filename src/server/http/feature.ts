import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** A feature's routes: a Fastify plugin that binds its contract (`bindAll`). */
export type Feature = FastifyPluginAsyncZod;
