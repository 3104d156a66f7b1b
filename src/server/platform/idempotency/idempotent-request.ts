import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps';
import { AppError } from '../http/app-error';
import type { UploadedFile } from '../http/route-definition';
import type { IdempotencyFacts } from './idempotency-context';
import {
  deleteIdempotencyKeysBefore,
  findIdempotencyKeyRow,
  updateIdempotentResponse,
} from './idempotency-keys.repository';

export const idempotencyKeyPattern = /^[A-Za-z0-9_.:-]{8,120}$/;
/** A key is kept this long; older keys are pruned when the institution records a new one. */
export const idempotencyKeyDays = 7;
/**
 * A key whose answer is not stored yet is taken as in flight for this long (its request committed
 * and is storing the answer): a re-send is told IDEMPOTENCY_KEY_IN_USE and tries again. Older, the
 * request is taken to have died after its commit: REQUEST_ALREADY_APPLIED.
 */
export const answerPendingMs = 30_000;

const dayMs = 24 * 60 * 60 * 1000;
const sha256 = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The `Idempotency-Key` header: null when absent; a malformed one is refused. */
export function readIdempotencyKey(request: FastifyRequest): string | null {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return null;
  if (typeof value !== 'string' || !idempotencyKeyPattern.test(value)) {
    throw new AppError('VALIDATION_FAILED', [
      {
        path: ['headers', 'idempotency-key'],
        code: 'invalid_format',
        message: 'Idempotency-Key is 8 to 120 characters of A-Z, a-z, 0-9, _ . : -',
      },
    ]);
  }
  return value;
}

/** Objects with their keys sorted, at every level, so equal requests serialise equally. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, sortedKeys(object[key])]),
  );
}

/**
 * SHA-256 of the request as the use case receives it: the parsed params, query and body (so
 * insignificant differences, key order or a blank optional text, do not count) and each uploaded
 * file's name and SHA-256.
 */
export function requestDigest(parts: {
  params: unknown;
  query: unknown;
  body: unknown;
  files: Record<string, UploadedFile>;
}): string {
  const files = Object.fromEntries(
    Object.entries(parts.files).map(([field, file]) => [
      field,
      { filename: file.filename, sha256: sha256(file.bytes) },
    ]),
  );
  const canonical = JSON.stringify(
    sortedKeys({ params: parts.params ?? null, query: parts.query ?? null, body: parts.body ?? null, files }),
  );
  return sha256(canonical);
}

export type IdempotentStart = { kind: 'new' } | { kind: 'replay'; status: number; body: string };

/**
 * Before the use case runs: prunes the institution's expired keys, then decides by the key's row.
 * None: run. Another route, request or user: IDEMPOTENCY_KEY_REUSED. An answer stored: replay it.
 * Committed without an answer: in flight (IDEMPOTENCY_KEY_IN_USE) or, once that is past,
 * REQUEST_ALREADY_APPLIED naming the record its audit row named.
 */
export async function startIdempotentRequest(
  deps: AppDeps,
  facts: IdempotencyFacts,
): Promise<IdempotentStart> {
  const now = deps.clock.now().getTime();
  const expiredBefore = new Date(now - idempotencyKeyDays * dayMs).toISOString();
  await deleteIdempotencyKeysBefore(deps.db, facts.institutionId, expiredBefore);
  const row = await findIdempotencyKeyRow(deps.db, facts.institutionId, facts.key);
  if (!row) return { kind: 'new' };
  const differs =
    row.route !== facts.route
      ? 'route'
      : row.request_digest !== facts.requestDigest
        ? 'request'
        : row.user_id !== facts.userId
          ? 'user'
          : null;
  if (differs) throw new AppError('IDEMPOTENCY_KEY_REUSED', { differs });
  if (row.response_status !== null && row.response_body !== null) {
    return { kind: 'replay', status: row.response_status, body: row.response_body };
  }
  if (row.response_status === null && now - Date.parse(row.created_at) < answerPendingMs) {
    throw new AppError('IDEMPOTENCY_KEY_IN_USE');
  }
  throw new AppError('REQUEST_ALREADY_APPLIED', {
    entityType: row.entity_type,
    entityId: row.entity_id,
    appliedAt: row.created_at,
  });
}

/** After the use case succeeded: the answer, kept for a re-send (a separate, small write). */
export function storeIdempotentAnswer(
  deps: AppDeps,
  facts: IdempotencyFacts,
  status: number,
  body: unknown,
): Promise<void> {
  return updateIdempotentResponse(deps.db, {
    institutionId: facts.institutionId,
    key: facts.key,
    requestId: facts.requestId,
    status,
    body: JSON.stringify(body),
  });
}
