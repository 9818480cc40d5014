/**
 * An API endpoint as data: path, method, who may call it, what it takes and what it answers, all as zod
 * schemas. The server registers its routes from these entries (`server/http/bind.ts`), the web and the
 * API tests call them through one typed client (`contract/client.ts`), and the OpenAPI document at
 * `/api/docs` is generated from them. Contract files import only zod and `src/core`.
 */

import type { Action } from '../core/auth/policy';
import type { ErrorCode } from '../core/errors/error-codes';
import { z } from './zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call an endpoint: `public` (no sign-in), `signed-in` (any role of the commune; the use case
 * narrows it, say to the own unit), or an action of the permission policy (`core/auth/policy.ts`).
 */
export type Access = 'public' | 'signed-in' | Action;

/**
 * Routes that return a proposal's dossier data say so (checked by `server/http/dossier-guard.ts`):
 * the path parameter naming the proposal and which part is returned, or `list` for lists.
 */
export type DossierScope = { param: string; part: 'public-view' | 'full-only' } | { list: true };

/** A file answer (DOCX, XLSX, PDF, ZIP): the body is bytes, described in the OpenAPI document. */
export const FileAnswer = z.string().meta({ format: 'binary', description: 'Tệp (DOCX, XLSX, PDF)' });
/**
 * A file sent as the request's body (`application/octet-stream`, the bytes as they are: no base64, which
 * would cost a third more on a phone's connection). Its name and details travel in the query. The server
 * reads such a body only on an endpoint that declares it (`server/http/binary-body.ts`), up to the
 * route's own size limit, and checks who may call it before the bytes are read (`bind.ts`).
 */
export const FileUpload = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'Thiếu nội dung tệp (gửi dạng nhị phân).' })
  .meta({ type: 'string', format: 'binary', description: 'Nội dung tệp (application/octet-stream)' });
/** An answer with no body (204). */
export const NoContent = z.null().meta({ description: 'Không có nội dung' });

export interface Endpoint {
  readonly method: Method;
  /** Path under `/api`, Fastify style: `/people/:id`. */
  readonly path: string;
  /** One line for the OpenAPI document (Vietnamese). */
  readonly summary: string;
  readonly access: Access;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  /** A JSON body, or `FileUpload` for a file's bytes. */
  readonly body?: z.ZodType;
  /** The answer's schema; `FileAnswer` for files, `NoContent` for 204. */
  readonly response: z.ZodType;
  /** Success status (200 unless given). */
  readonly status?: 200 | 201 | 202 | 204;
  /** Codes of the error table this endpoint may answer (documentation, and for the web's messages). */
  readonly errors?: readonly ErrorCode[];
  readonly dossier?: DossierScope;
  /** Not listed in the OpenAPI document. */
  readonly hidden?: boolean;
}

/** Declare an endpoint (keeps the literal types of its schemas). */
export const endpoint = <const E extends Endpoint>(e: E): E => e;

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
type InferIn<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What a caller sends: only the parts the endpoint declares. */
type Nothing = Record<never, never>;
export type Input<E extends Endpoint> = (E['params'] extends z.ZodType
  ? { params: InferIn<E['params']> }
  : Nothing) &
  (E['query'] extends z.ZodType ? { query?: InferIn<E['query']> } : Nothing) &
  (E['body'] extends z.ZodType ? { body: InferIn<E['body']> } : Nothing);

/** What the server's handler receives (after validation and defaults). */
export type Parsed<E extends Endpoint> = {
  params: Infer<E['params']>;
  query: Infer<E['query']>;
  body: Infer<E['body']>;
};

/** What the endpoint answers. */
export type Output<E extends Endpoint> = z.output<E['response']>;
/** What the server's handler returns (before the response schema's defaults and transforms). */
export type Returned<E extends Endpoint> = z.input<E['response']>;

/** The body of every error answer. */
export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export { queryString, urlOf } from './url';
