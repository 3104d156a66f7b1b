import type { z } from 'zod';
import { errorResponseSchema, type ErrorCode } from '../../shared/contracts/common';
import { setViewingInstitution, viewingInstitution, viewingInstitutionHeader } from './viewing-institution';

/** Codes the browser makes up itself when no error envelope arrived. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  readonly details: unknown;
  readonly requestId: string | null;
  /** Seconds from a Retry-After header (429), when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    details?: unknown;
    requestId?: string | null;
    retryAfterSeconds?: number | null;
    message?: string;
  }) {
    super(init.message ?? init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(error: unknown, code?: ErrorCode | ClientErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/**
 * A dropped connection, a timeout, a busy or failing server, or the same keyed send still in
 * flight: the same request may pass next time. A refusal (any other 4xx) never will.
 */
export function isTransientFailure(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  if (error.code === 'IDEMPOTENCY_KEY_IN_USE') return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as raw bytes with `contentType` (uploads). */
  bytes?: Blob;
  contentType?: string;
  /** Sent as multipart/form-data; the browser writes the Content-Type with its boundary. */
  form?: FormData;
  signal?: AbortSignal;
  /** Sent as is: the offline queue's `Idempotency-Key`. */
  headers?: Record<string, string>;
}

interface ClientConfig {
  getCsrfToken: () => string | null;
  /** Called when a call other than /me and /auth/* answers 401 UNAUTHENTICATED. */
  onUnauthenticated: () => void;
}

let config: ClientConfig = { getCsrfToken: () => null, onUnauthenticated: () => undefined };

export function configureApiClient(next: ClientConfig): void {
  config = next;
}

/** The session's CSRF token, for requests made outside `apiRequest` (uploads with progress). */
export function currentCsrfToken(): string | null {
  return config.getCsrfToken();
}

const basePath = '/api/v1';

export function buildApiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${basePath}${path}${search ? `?${search}` : ''}`;
}

function parseRetryAfter(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function fallbackCode(status: number): ErrorCode | ClientErrorCode {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 429) return 'RATE_LIMITED';
  return 'UNEXPECTED_RESPONSE';
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  const parsed = errorResponseSchema.safeParse(body);
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  if (parsed.success) {
    const { code, message, details, requestId } = parsed.data.error;
    const detailsRetry = (details as { retryAfterSeconds?: unknown } | null | undefined)?.retryAfterSeconds;
    return new ApiError({
      status: response.status,
      code,
      message,
      details,
      requestId,
      retryAfterSeconds: retryAfterSeconds ?? (typeof detailsRetry === 'number' ? detailsRetry : null),
    });
  }
  return new ApiError({
    status: response.status,
    code: fallbackCode(response.status),
    requestId: response.headers.get('X-Request-Id'),
    retryAfterSeconds,
  });
}

/** A file answer: its bytes and the name the server gave it (Content-Disposition). */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * Fetches a file answer (an export, a rendered document) instead of linking to it, for requests a
 * plain link cannot make: a POST with its CSRF token, or a read that must carry the drill-down.
 */
export async function apiDownload(
  method: 'GET' | 'POST',
  path: string,
  options: { query?: Record<string, QueryValue>; json?: unknown },
  fallbackName: string,
): Promise<DownloadedFile> {
  const headers: Record<string, string> = {};
  if (method === 'POST') {
    headers['Content-Type'] = 'application/json';
    const csrfToken = config.getCsrfToken();
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  const viewing = method === 'GET' ? viewingInstitution() : null;
  if (viewing) headers[viewingInstitutionHeader] = viewing.id;
  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, options.query), {
      method,
      headers,
      body: method === 'POST' ? JSON.stringify(options.json ?? {}) : undefined,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
  }
  if (!response.ok) throw await toApiError(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  const fileName = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  return { blob: await response.blob(), fileName };
}

export async function apiRequest<S extends z.ZodType>(
  method: HttpMethod,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.form) {
    body = options.form;
  } else if (options.bytes) {
    body = options.bytes;
    headers['Content-Type'] = options.contentType ?? (options.bytes.type || 'application/octet-stream');
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET') {
    const csrfToken = config.getCsrfToken();
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  // The drill-down rides on reads only: the server refuses it on a write, which must never land
  // in another institution by accident.
  const viewing = method === 'GET' ? viewingInstitution() : null;
  if (viewing) headers[viewingInstitutionHeader] = viewing.id;

  let response: Response;
  try {
    response = await fetch(buildApiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR' });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (viewing && path === '/me' && error.code === 'INSTITUTION_NOT_FOUND') {
      // A drill-down left from another account or a region since taken away: back to one's own view.
      setViewingInstitution(null);
      return apiRequest(method, path, schema, options);
    }
    const isSessionCall = path === '/me' || path.startsWith('/auth/');
    if (error.status === 401 && error.code === 'UNAUTHENTICATED' && !isSessionCall)
      config.onUnauthenticated();
    throw error;
  }

  const data = await readJson(response);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    console.error(`Unexpected response from ${method} ${path}`, parsed.error.issues);
    throw new ApiError({
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      requestId: response.headers.get('X-Request-Id'),
    });
  }
  return parsed.data;
}

export const api = {
  get: <S extends z.ZodType>(
    path: string,
    schema: S,
    query?: RequestOptions['query'],
    signal?: AbortSignal,
  ) => apiRequest('GET', path, schema, { query, signal }),
  post: <S extends z.ZodType>(path: string, schema: S, json?: unknown) =>
    apiRequest('POST', path, schema, { json: json ?? {} }),
  patch: <S extends z.ZodType>(path: string, schema: S, json: unknown) =>
    apiRequest('PATCH', path, schema, { json }),
  put: <S extends z.ZodType>(path: string, schema: S, options: RequestOptions) =>
    apiRequest('PUT', path, schema, options),
  delete: <S extends z.ZodType>(path: string, schema: S) => apiRequest('DELETE', path, schema),
  /** POST multipart/form-data (file uploads with their text parts), with the CSRF header. */
  upload: <S extends z.ZodType>(path: string, schema: S, form: FormData) =>
    apiRequest('POST', path, schema, { form }),
};
