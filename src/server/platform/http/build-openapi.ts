import { z } from 'zod';
import { errorResponseSchema } from '../../../shared/contracts/common';
import { idempotencyKeyPattern } from '../idempotency/idempotent-request';
import type { AnyRoute } from './route-definition';
import { apiPrefix } from './register-routes';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });
}

function toParameters(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

/** The optional header of the routes that opted in to exactly-once sends (ADR 0032). */
const idempotencyKeyParameter: JsonSchema = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Sent again with the same key, the request is not applied twice: the first answer comes back with `Idempotency-Replayed: true` (kept 7 days). The same key with another body, file, route or user is 422 IDEMPOTENCY_KEY_REUSED; while the first send is still being applied, 409 IDEMPOTENCY_KEY_IN_USE; applied but its answer no longer kept, 409 REQUEST_ALREADY_APPLIED (details name the record).',
  schema: { type: 'string', pattern: idempotencyKeyPattern.source },
};

/** OpenAPI 3.1 built from the very zod schemas that validate each request and response. */
export function buildOpenApi(routes: AnyRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const openApiPath = `${apiPrefix}${route.path}`.replace(/:([a-zA-Z]+)/g, '{$1}');
    const bodyKind = route.bodyKind ?? { kind: 'json' };
    const operation: JsonSchema = {
      summary: route.summary,
      tags: [route.tag],
      parameters: [
        ...toParameters(route.params, 'path'),
        ...toParameters(route.query, 'query'),
        ...(route.idempotent ? [idempotencyKeyParameter] : []),
      ],
      responses: {
        [String(route.successStatus ?? 200)]: route.rawResponse
          ? { description: 'File' }
          : {
              description: 'OK',
              content: { 'application/json': { schema: toSchema(route.response, 'output') } },
            },
        default: {
          description: 'Coded error',
          content: { 'application/json': { schema: toSchema(errorResponseSchema, 'output') } },
        },
      },
      security: route.access.kind === 'public' ? [] : [{ cookieSession: [] }, { bearerToken: [] }],
      ...(route.access.kind === 'authenticated' && route.access.permission
        ? { 'x-permission': route.access.permission }
        : {}),
    };
    if (bodyKind.kind === 'bytes') {
      operation.requestBody = {
        required: true,
        content: Object.fromEntries(
          bodyKind.mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
        ),
      };
    } else if (route.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: toSchema(route.body, 'input') } },
      };
    }
    paths[openApiPath] = { ...paths[openApiPath], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jalin API',
      version: '1',
      description: 'Kemitraan LKP: the API the Jalin web app itself uses.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        cookieSession: { type: 'apiKey', in: 'cookie', name: 'jalin_session' },
        bearerToken: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  };
}
