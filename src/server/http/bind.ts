/**
 * Routes are registered from the contract (`src/contract/`), never written by hand: `bindAll(app,
 * contract, handlers)` registers every endpoint of a feature with its schemas (requests validated,
 * responses validated and documented in OpenAPI), checks the caller against the permission policy
 * before the handler (`access` of the entry), sets the success status and declares dossier data to the
 * dossier guard. A handler receives the parsed input and the signed-in user, calls a use case or a query
 * of its feature, and returns the answer the contract describes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, LogLevel } from 'fastify';
import {
  type Endpoint,
  ErrorBody,
  FileAnswer,
  FileUpload,
  type Parsed,
  type Returned,
} from '../../contract/endpoint';
import { can } from '../../core/auth/policy';
import type { AuditActor } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import { actorOf, requireUser } from './context';
import { AppError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Registered from a contract entry (the route inventory checks that every API route is). */
    contract?: boolean;
    /** The body is a file's bytes (`FileUpload`): read by `binary-body.ts`, only on such routes. */
    upload?: boolean;
  }
}

export interface Ctx<E extends Endpoint> {
  req: FastifyRequest;
  reply: FastifyReply;
  /** The signed-in user (null only on public endpoints without a session). */
  user: E['access'] extends 'public' ? AuthUser | null : AuthUser;
  /** Who to write in the audit trail (null on public endpoints without a session). */
  actor: E['access'] extends 'public' ? AuditActor | null : AuditActor;
}

/** A file endpoint's handler sends the bytes itself (`reply.type(...).send(buffer)`) and returns the reply. */
export type Handler<E extends Endpoint> = (
  input: Parsed<E>,
  ctx: Ctx<E>,
) => Promise<E['response'] extends typeof FileAnswer ? FastifyReply : Returned<E>>;

/** Route options that are the server's business, not the contract's. */
export interface RouteExtras {
  logLevel?: LogLevel;
  bodyLimit?: number;
}

export function bind<E extends Endpoint>(
  app: FastifyInstance,
  e: E,
  handler: Handler<E>,
  extras: RouteExtras = {},
): void {
  const status = e.status ?? 200;
  const upload = e.body === FileUpload;
  const allowed = (req: FastifyRequest) => {
    const user = e.access === 'public' ? req.user : requireUser(req);
    if (e.access !== 'public' && e.access !== 'signed-in' && !can(user, e.access)) {
      throw new AppError('FORBIDDEN');
    }
    return user;
  };
  app.route({
    method: e.method,
    url: e.path,
    ...extras,
    config: { contract: true, ...(e.dossier ? { dossier: e.dossier } : {}), ...(upload ? { upload } : {}) },
    // a file's bytes are read only once the caller may send them (not 20 MB first, then 403)
    ...(upload ? { preParsing: async (req: FastifyRequest) => void allowed(req) } : {}),
    schema: {
      summary: e.summary,
      ...(upload ? { consumes: ['application/octet-stream'] } : {}),
      ...(e.hidden ? { hide: true } : {}),
      ...(e.params ? { params: e.params } : {}),
      ...(e.query ? { querystring: e.query } : {}),
      ...(e.body ? { body: e.body } : {}),
      response: { [status]: e.response, '4XX': ErrorBody },
    },
    handler: async (req, reply) => {
      const user = allowed(req);
      const ctx = { req, reply, user, actor: user ? actorOf(req, user) : null } as Ctx<E>;
      const input = { params: req.params, query: req.query, body: req.body } as Parsed<E>;
      const out = await handler(input, ctx);
      if (e.response === FileAnswer) return out;
      reply.status(status);
      return status === 204 ? reply.send() : out;
    },
  });
}

/** Register every endpoint of a feature's contract; the compiler asks for a handler for each one. */
export function bindAll<C extends Record<string, Endpoint>>(
  app: FastifyInstance,
  contract: C,
  handlers: { [K in keyof C]: Handler<C[K]> },
  extras: { [K in keyof C]?: RouteExtras } = {},
): void {
  for (const key of Object.keys(contract) as (keyof C)[]) {
    bind(app, contract[key] as C[keyof C], handlers[key], extras[key]);
  }
}
