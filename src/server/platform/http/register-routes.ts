import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { errorCodes, type ErrorCode } from '../../../shared/contracts/common';
import { can } from '../../../shared/domain/roles';
import type { AppDeps } from '../app-deps';
import type { Principal } from '../auth/principal';
import { runWithIdempotencyKey, type IdempotencyFacts } from '../idempotency/idempotency-context';
import {
  readIdempotencyKey,
  requestDigest,
  startIdempotentRequest,
  storeIdempotentAnswer,
} from '../idempotency/idempotent-request';
import { AppError } from './app-error';
import { checkRequestText } from './request-text';
import type { AnyRoute, UploadedFile } from './route-definition';
import { toFieldProblems } from './validation-details';

export const apiPrefix = '/api/v1';

export type Authenticate = (request: FastifyRequest) => Promise<Principal | null>;

const mutatingMethods = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

function parsePart<T extends z.ZodType>(schema: T | undefined, value: unknown, part: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(checkRequestText(value, part) ?? (part === 'body' ? undefined : {}));
  if (!result.success) {
    // A rule across fields (a refine naming an error code, e.g. PROFIT_SHARES_NOT_100) is a coded
    // answer of its own, with the same field paths; plain shape problems stay VALIDATION_FAILED.
    const rule = result.error.issues.find(
      (issue) => issue.code === 'custom' && (errorCodes as readonly string[]).includes(issue.message),
    );
    const code = (rule?.message ?? 'VALIDATION_FAILED') as ErrorCode;
    throw new AppError(code, toFieldProblems(result.error, part));
  }
  return result.data;
}

/** A state change from a browser must come from our own origin, and carry the session's token. */
function checkCsrf(request: FastifyRequest, principal: Principal | null): void {
  if (!mutatingMethods.has(request.method)) return;
  const origin = request.headers.origin;
  if (origin && origin !== 'null') {
    const host = request.headers['x-forwarded-host'] ?? request.headers.host;
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost !== host) throw new AppError('CSRF_INVALID');
  } else if (origin === 'null') {
    throw new AppError('CSRF_INVALID');
  }
  if (principal?.via === 'session') {
    const token = request.headers['x-csrf-token'];
    if (typeof token !== 'string' || token !== principal.csrfToken) throw new AppError('CSRF_INVALID');
  }
}

const multipartLimits = { files: 1, fields: 10, fieldSize: 64 * 1024, parts: 12 };

async function readFilePart(file: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of file) {
    size += chunk.length;
    if (size > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', { maxBytes });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Reads every part into memory (bounded): files by field name, text parts as strings. */
async function readMultipart(
  request: FastifyRequest,
  maxFileBytes: number,
): Promise<{ fields: Record<string, string>; files: Record<string, UploadedFile> }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  try {
    // One byte past the limit reaches the reader, which refuses at once: busboy alone would hold the
    // part open, discarding, until the body's end, and the 413 would wait for every byte.
    const limits = { ...multipartLimits, fileSize: maxFileBytes + 1 };
    for await (const part of request.parts({ limits })) {
      if (part.type === 'file') {
        files[part.fieldname] = {
          filename: part.filename,
          bytes: await readFilePart(part.file, maxFileBytes),
        };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    if (error instanceof AppError) {
      // The answer goes out now; the rest of the body is read and dropped so the client, still
      // sending, can read it. Closing instead would cut most clients off with EPIPE before the
      // 413 arrives, and a paused body would hold the connection until the request timeout.
      request.raw.unpipe();
      request.raw.resume();
      throw error;
    }
    const code = (error as { code?: string }).code ?? '';
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('PAYLOAD_TOO_LARGE', { maxBytes: maxFileBytes });
    if (code.startsWith('FST_')) throw new AppError('VALIDATION_FAILED', { multipart: code });
    // busboy reports a form cut short as a plain Error ("Unexpected end of multipart data"); the
    // loop only reads the request, so whatever fails in it is the client's broken body, not a 500.
    throw new AppError('VALIDATION_FAILED', { multipart: 'FORM_MALFORMED' });
  }
  return { fields, files };
}

/**
 * An opted-in route with an `Idempotency-Key` (ADR 0032): a key seen before is answered from its
 * row (the stored answer again, or a coded refusal); a new one runs the handler with the key in
 * reach of `writeAudit`, which records it in the use case's transaction, then stores the answer.
 */
async function answerOnce(
  route: AnyRoute,
  ctx: { deps: AppDeps; request: FastifyRequest; reply: FastifyReply },
  facts: IdempotencyFacts,
): Promise<FastifyReply> {
  const { deps, request, reply } = ctx;
  const start = await startIdempotentRequest(deps, facts);
  if (start.kind === 'replay') {
    return reply
      .status(start.status)
      .header('Idempotency-Replayed', 'true')
      .type('application/json; charset=utf-8')
      .send(start.body);
  }
  const status = route.successStatus ?? 200;
  const output = route.response.parse(await runWithIdempotencyKey(facts, () => route.handler(ctx)));
  try {
    await storeIdempotentAnswer(deps, facts, status, output);
  } catch (error) {
    // The change committed with its key, so a re-send is still not applied twice (it is told
    // REQUEST_ALREADY_APPLIED); this answer goes out regardless.
    request.log.error({ err: error }, 'idempotent answer not stored');
  }
  return reply.status(status).send(output);
}

export function registerRoutes(
  app: FastifyInstance,
  routes: AnyRoute[],
  deps: AppDeps,
  authenticate: Authenticate,
): void {
  for (const route of routes) {
    const bodyKind = route.bodyKind ?? { kind: 'json' };
    if (route.idempotent && (route.access.kind !== 'authenticated' || route.rawResponse)) {
      throw new Error(`${route.method} ${route.path}: only authenticated JSON answers can be idempotent`);
    }
    app.route({
      method: route.method,
      url: `${apiPrefix}${route.path}`,
      ...(bodyKind.kind === 'bytes' ? { bodyLimit: bodyKind.maxBytes } : {}),
      ...(route.answerCarriesSecret ? { compress: false as const } : {}),
      handler: async (request, reply) => {
        const principal = await authenticate(request);
        if (route.access.kind === 'authenticated') {
          if (!principal) throw new AppError('UNAUTHENTICATED');
          checkCsrf(request, principal);
          if (route.access.permission && !can(principal.role, route.access.permission)) {
            throw new AppError('FORBIDDEN');
          }
        } else {
          // Public routes (sign-in, setup, password links) act on no session: only the origin counts.
          checkCsrf(request, null);
        }
        if (bodyKind.kind === 'bytes' && mutatingMethods.has(request.method)) {
          const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
          if (!bodyKind.mediaTypes.includes(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
        }
        const params = parsePart(route.params, request.params, 'params');
        const query = parsePart(route.query, request.query, 'query');
        const idempotencyKey = route.idempotent && principal ? readIdempotencyKey(request) : null;
        let body: unknown;
        let files: Record<string, UploadedFile> = {};
        if (bodyKind.kind === 'multipart') {
          const form = await readMultipart(request, bodyKind.maxFileBytes);
          body = parsePart(route.body, form.fields, 'body');
          files = form.files;
        } else {
          body = bodyKind.kind === 'bytes' ? request.body : parsePart(route.body, request.body, 'body');
        }
        const ctx = {
          params,
          query,
          body,
          files,
          principal,
          deps,
          request,
          reply,
          requestId: request.id,
        };
        if (idempotencyKey && principal) {
          return answerOnce(route, ctx, {
            institutionId: principal.institutionId,
            userId: principal.userId,
            key: idempotencyKey,
            route: `${route.method} ${route.path}`,
            requestDigest: requestDigest({ params, query, body, files }),
            requestId: request.id,
          });
        }
        const result = await route.handler(ctx);
        if (route.rawResponse) return reply;
        const output = route.response.parse(result);
        return reply.status(route.successStatus ?? 200).send(output);
      },
    });
  }
}
