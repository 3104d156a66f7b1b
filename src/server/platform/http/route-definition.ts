import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Permission } from '../../../shared/domain/roles';
import type { Principal } from '../auth/principal';
import type { AppDeps } from '../app-deps';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export type RouteAccess = { kind: 'public' } | { kind: 'authenticated'; permission: Permission | null };

export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

export interface RouteContext<P, Q, B> {
  /** Multipart routes only: file parts by field name. */
  files: Record<string, UploadedFile>;
  params: P;
  query: Q;
  body: B;
  principal: Principal;
  deps: AppDeps;
  request: FastifyRequest;
  reply: FastifyReply;
  requestId: string;
}

export interface PublicRouteContext<P, Q, B> extends Omit<RouteContext<P, Q, B>, 'principal'> {
  principal: Principal | null;
}

interface RouteShape<PS extends z.ZodType, QS extends z.ZodType, BS extends z.ZodType, RS extends z.ZodType> {
  method: HttpMethod;
  /** Below `/api/v1`, Fastify style: `/institutions/:id`. */
  path: string;
  summary: string;
  tag: string;
  params?: PS;
  query?: QS;
  body?: BS;
  /**
   * `json` (default); raw bytes of the listed media types; or a multipart form whose text parts
   * `body` validates and whose files arrive in `files`.
   */
  bodyKind?:
    | { kind: 'json' }
    | { kind: 'bytes'; mediaTypes: string[]; maxBytes: number }
    | { kind: 'multipart'; maxFileBytes: number };
  response: RS;
  /** The response is bytes the handler sends itself (files); `response` then only documents it. */
  rawResponse?: boolean;
  successStatus?: number;
  /**
   * The route honours an `Idempotency-Key` header (ADR 0032): a re-send with the same key gets the
   * first answer again (`Idempotency-Replayed: true`) instead of a second record. Only for
   * authenticated routes whose use case writes an audit row; other routes ignore the header.
   */
  idempotent?: true;
  /**
   * The answer holds a secret of the session (the CSRF token): sent uncompressed, so its size never
   * tells a watcher of the connection anything about the secret (BREACH; ADR 0036).
   */
  answerCarriesSecret?: true;
}

type ContextFor<A extends RouteAccess, P, Q, B> = A extends { kind: 'public' }
  ? PublicRouteContext<P, Q, B>
  : RouteContext<P, Q, B>;

export interface RouteDefinition<
  PS extends z.ZodType = z.ZodType,
  QS extends z.ZodType = z.ZodType,
  BS extends z.ZodType = z.ZodType,
  RS extends z.ZodType = z.ZodType,
  A extends RouteAccess = RouteAccess,
> extends RouteShape<PS, QS, BS, RS> {
  access: A;
  handler(ctx: ContextFor<A, z.output<PS>, z.output<QS>, z.output<BS>>): Promise<z.input<RS>>;
}

/** Keeps the handler's types tied to its schemas; the registry stores routes untyped. */
export function defineRoute<
  PS extends z.ZodType,
  QS extends z.ZodType,
  BS extends z.ZodType,
  RS extends z.ZodType,
  A extends RouteAccess,
>(route: RouteDefinition<PS, QS, BS, RS, A>): AnyRoute {
  return route;
}

export interface AnyRoute extends RouteShape<z.ZodType, z.ZodType, z.ZodType, z.ZodType> {
  access: RouteAccess;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  handler(ctx: any): Promise<unknown>;
}
