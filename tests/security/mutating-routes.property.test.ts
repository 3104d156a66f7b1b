import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes } from '../../src/server/app';
import type { AnyRoute } from '../../src/server/platform/http/route-definition';
import { errorCodes } from '../../src/shared/contracts/common';
import {
  changesBetween,
  digestDatabase,
  snapshotDatabase,
  storedFilesKey,
  storedValues,
  type DatabaseSnapshot,
} from '../factories/full-database-snapshot';
import {
  fixedBodiesFor,
  fieldPaths,
  generatedBodiesFor,
  hostileStrings,
  jsonBody,
  multipartBody,
  multipartParts,
  valueAt,
  withValueAt,
  wrongTypeFor,
  type FuzzBody,
  type JsonPath,
} from '../factories/fuzz-payloads';
import { createInstitutionWorld, type InstitutionWorld } from '../factories/institution-world';
import { multipart } from '../factories/multipart';
import { contactBody, partnerBody } from '../factories/partners';
import { createInstitutionFixture, logInAs, type Session } from '../factories/people';
import { fullUrl, routeCases, routeKey, type RouteFixtures } from '../setup/route-cases';
import { mutatingCaseFor, mutatingCasesWithoutId } from '../setup/route-cases-without-id';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

const mutatingRoutes = allRoutes.filter((route) => route.method !== 'GET');
const bodyKindOf = (route: AnyRoute) => route.bodyKind?.kind ?? 'json';

const caseFor = mutatingCaseFor;

/**
 * Promise 4 covers every route with a body contract, JSON or the text parts of a multipart form.
 * Left out, because no field reaches a handler: routes without a body contract (register-routes.ts
 * hands their handlers no body, and no handler reads request.body), and the raw-bytes uploads
 * (logo, copy to verify), whose body is the file itself.
 */
const routesWithFields = mutatingRoutes.filter((route) => route.body !== undefined);

/** Deletes last: a successful delete without a version takes a fixture the other routes use. */
const fuzzOrder = [...mutatingRoutes].sort(
  (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
);

/**
 * Tables a refused request writes by design, per route, with the reason. Everything else a 4xx
 * leaves exactly as it was, the stored files included. Sessions need no entry: authentication
 * touches last_seen_at at most once a minute (authenticate-request.ts), and the test clock stands still.
 */
const writtenOnRefusal: Record<string, string[]> = {
  // A refused sign-in counts against the account and the address: that count is the throttle (promise 6).
  'POST /auth/login': ['login_throttle'],
};

/** Names of fields only the server sets; a strict contract lists none of them. */
const serverOnlyFields = [
  'institutionId',
  'institution_id',
  'ownerId',
  'createdByUserId',
  'actorUserId',
  'role',
  'isAdmin',
  'status',
  'signatureStatus',
  'signedAt',
  'hash',
  'prevHash',
  'sequence',
  'auditId',
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'passwordHash',
] as const;
type ServerOnlyField = (typeof serverOnlyFields)[number];

const foreignTime = '1999-12-31T23:59:59.000Z';
const foreignRecordId = '01900000-0000-7000-8000-00000000abcd';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Paths of the plain objects inside a body (not the body itself), at any depth, through arrays. */
function nestedObjectPaths(body: unknown): JsonPath[] {
  return fieldPaths(body).filter((path) => isRecord(valueAt(body, path)));
}

/** Where a contract holds an object that lets unknown fields through (not strict), at any depth. */
function looseObjectsIn(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const isSchema = (value: unknown): value is z.ZodType =>
    typeof value === 'object' && value !== null && '_zod' in value;
  if (def.type === 'object') {
    const catchall = def.catchall;
    const strict =
      isSchema(catchall) &&
      (catchall as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'never';
    return [
      ...(strict ? [] : [path || '(body)']),
      ...Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([field, child]) =>
        looseObjectsIn(child, `${path}.${field}`, seen),
      ),
    ];
  }
  const children = [
    ...['innerType', 'in', 'out', 'element', 'left', 'right', 'valueType']
      .map((key) => def[key])
      .filter(isSchema),
    ...['options', 'items']
      .flatMap((key) => (Array.isArray(def[key]) ? (def[key] as unknown[]) : []))
      .filter(isSchema),
  ];
  return children.flatMap((child) => looseObjectsIn(child, path, seen));
}

function declaredFields(route: AnyRoute): Set<string> {
  return new Set(Object.keys((route.body as { shape?: Record<string, unknown> }).shape ?? {}));
}

function expectCodedError(response: LightMyRequestResponse, context: string): string {
  let body: { error?: { code?: unknown; requestId?: unknown } };
  try {
    body = response.json();
  } catch {
    throw new Error(`${context}: the error body is not JSON`);
  }
  expect(errorCodes, context).toContain(body.error?.code);
  expect(body.error?.requestId, context).toBe(response.headers['x-request-id']);
  expect(String(body.error?.requestId), context).toMatch(/^[0-9a-f-]{36}$/);
  return body.error!.code as string;
}

interface ProblemDetail {
  path: (string | number)[];
  code: string;
  keys?: string[];
}

/** The field problems of a refusal; other refusals (a form's, a size's) carry an object or nothing. */
function problemsOf(response: LightMyRequestResponse): ProblemDetail[] {
  const details = response.json<{ error: { details?: unknown } }>().error.details;
  return Array.isArray(details) ? (details as ProblemDetail[]) : [];
}

/** Whether a refusal names `path` (a field inside a refused object counts as refused). */
function refuses(problems: ProblemDetail[], path: JsonPath): boolean {
  return problems.some((problem) => {
    const at = problem.path.slice(1);
    const shorter = Math.min(at.length, path.length);
    return at.length > 0 && at.slice(0, shorter).every((key, index) => String(key) === String(path[index]));
  });
}

describeEachDatabase('mutating routes: server-only fields and fuzzed bodies (promises 4, 9)', (dialect) => {
  let t: TestApp;
  let world: InstitutionWorld;
  /** A second admin session of the same user, for the one route that ends the caller's session. */
  let leavingSession: Session;
  let serverOnlyValues: Record<ServerOnlyField, string | number | boolean>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createInstitutionWorld(t, '63.72');
    leavingSession = await logInAs(t, world.adminEmail);
    // Another tenant's real ids: a contract that let them through would move our rows into it.
    const other = await createInstitutionFixture(t, { regionCode: '64.71' });
    serverOnlyValues = {
      institutionId: other.institutionId,
      institution_id: other.institutionId,
      ownerId: other.adminId,
      createdByUserId: other.adminId,
      actorUserId: other.adminId,
      role: 'admin',
      isAdmin: true,
      status: 'terminated',
      signatureStatus: 'signed',
      signedAt: foreignTime,
      hash: 'a1'.repeat(32),
      prevHash: 'b2'.repeat(32),
      sequence: 987_654_321,
      auditId: foreignRecordId,
      id: foreignRecordId,
      createdAt: foreignTime,
      updatedAt: foreignTime,
      deletedAt: foreignTime,
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g',
    };
  });
  afterAll(() => t.close());

  /**
   * The values of serverOnlyValues no valid request could write: a role, a flag or a status (admin,
   * true, terminated, signed) is also what some routes store on their own, so those are left to
   * the strict contract, which the refusal branch checks.
   */
  const distinctiveValues = (): (string | number)[] =>
    Object.entries(serverOnlyValues)
      .filter(([field]) => !['role', 'isAdmin', 'status', 'signatureStatus'].includes(field))
      .map(([, value]) => value as string | number);

  function send(
    route: AnyRoute,
    url: string,
    payload: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    if (route.access.kind === 'public') {
      // A partner's browser holds no session: the link in the URL is the only credential.
      return t.app.inject({
        method: route.method,
        url: fullUrl(url),
        headers,
        ...(payload === undefined ? {} : { payload: payload as string }),
      });
    }
    const session = routeKey(route) === 'POST /auth/logout' ? leavingSession : world.admin;
    return session.request(route.method, fullUrl(url), payload, headers);
  }

  /** Sends, waits for any job the request queued, and returns the answer with the database after it. */
  async function exchange(
    route: AnyRoute,
    url: string,
    body: { payload?: unknown; headers?: Record<string, string> },
  ): Promise<{ response: LightMyRequestResponse; after: DatabaseSnapshot }> {
    const response = await send(route, url, body.payload, body.headers);
    await t.deps.jobs.whenIdle();
    return { response, after: await snapshotDatabase(t) };
  }

  it('the snapshot and the digest see a valid request write rows and a file, so equal ones mean nothing was written', async () => {
    const fx = world.fixtures;
    const before = await snapshotDatabase(t);
    const digestBefore = await digestDatabase(t);
    const contact = await world.admin.request(
      'POST',
      fullUrl(`/partners/${fx.partnerId}/contacts`),
      contactBody(),
    );
    expect(contact.statusCode, contact.body).toBe(201);
    const upload = routeCases['POST /interactions/:id/attachments']!(fx);
    const attached = await world.admin.request('POST', fullUrl(upload.url), upload.payload, upload.headers);
    expect(attached.statusCode, attached.body).toBe(201);
    const written = ['partner_contacts', 'audit_events', 'interaction_attachments', 'files', storedFilesKey];
    const changed = changesBetween(before, await snapshotDatabase(t)).map((change) => change.table);
    expect(changed).toEqual(expect.arrayContaining(written));
    const digestAfter = await digestDatabase(t);
    const digestChanged = [...digestAfter.keys()].filter(
      (name) => digestAfter.get(name) !== digestBefore.get(name),
    );
    expect(digestChanged.sort()).toEqual([...changed].sort());
  });

  it('a value the client sent is found wherever the server stored it', async () => {
    const before = await snapshotDatabase(t);
    const created = await world.admin.request(
      'POST',
      fullUrl('/partners'),
      partnerBody({ sector: serverOnlyValues.hash as string }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect(storedValues(before, await snapshotDatabase(t), [serverOnlyValues.hash as string])).toEqual([
      { table: 'partners', column: 'sector', value: serverOnlyValues.hash },
    ]);
  });

  it('every state-changing route has a valid request case, and this file names only existing routes', () => {
    const missing = mutatingRoutes.filter((route) => !caseFor(route)).map(routeKey);
    expect(
      missing,
      'add these routes to route-cases.ts (with an id) or to mutatingCasesWithoutId in route-cases-without-id.ts',
    ).toEqual([]);
    const stale = Object.keys({ ...mutatingCasesWithoutId, ...writtenOnRefusal }).filter(
      (key) => !mutatingRoutes.some((route) => routeKey(route) === key),
    );
    expect(stale).toEqual([]);
    expect(routesWithFields.length).toBeGreaterThan(80);
  });

  it.each(routesWithFields.map((route) => [routeKey(route), route] as const))(
    '%s: fields only the server sets are refused by the contract and write nothing (promise 4)',
    async (key, route) => {
      const request = caseFor(route)!(world.fixtures);
      const candidates = serverOnlyFields.filter((field) => !declaredFields(route).has(field));
      const isForm = bodyKindOf(route) === 'multipart';
      const formParts = isForm
        ? multipartParts(request.payload as Buffer, request.headers!['content-type']!)
        : [];
      // A form holds at most 10 text fields and 12 parts (register-routes.ts): stay inside both.
      const room = isForm
        ? Math.min(10 - formParts.filter((part) => !part.filename).length, 12 - formParts.length)
        : candidates.length;
      const extras = fc.subarray([...candidates], { minLength: 1, maxLength: room });
      let before = await snapshotDatabase(t);
      await fc.assert(
        fc.asyncProperty(extras, async (fields) => {
          const body = isForm
            ? multipart([
                ...fields.map((field) => ({ name: field, content: String(serverOnlyValues[field]) })),
                ...formParts,
              ])
            : {
                payload: {
                  ...(request.payload as object),
                  ...Object.fromEntries(fields.map((field) => [field, serverOnlyValues[field]])),
                },
              };
          const { response, after } = await exchange(route, request.url, body);
          const baseline = before;
          before = after;
          const context = `${key} with ${fields.join(', ')}: ${response.statusCode} ${response.body.slice(0, 400)}`;
          if (response.statusCode < 300) {
            // A contract that is not strict may drop the fields; none of their values may land anywhere.
            expect(storedValues(baseline, after, distinctiveValues()), context).toEqual([]);
            return;
          }
          expect(expectCodedError(response, context), context).toBe('VALIDATION_FAILED');
          expect(problemsOf(response), context).toEqual([
            {
              path: ['body'],
              code: 'unrecognized_keys',
              message: expect.any(String),
              keys: expect.any(Array),
            },
          ]);
          expect([...problemsOf(response)[0]!.keys!].sort(), context).toEqual([...fields].sort());
          expect(changesBetween(baseline, after), context).toEqual([]);
        }),
        { numRuns: 3, endOnFailure: true, examples: [[candidates.slice(0, room)]] },
      );
    },
  );

  /** Body fields whose value is a map keyed by the client's own names (clause ids), not an object of fields. */
  const keyedMaps = new Set(['clauseOverrides']);
  // Which bodies nest objects is known before the world exists: every fixture reads as one id.
  const placeholderFixtures = new Proxy({} as RouteFixtures, { get: () => foreignRecordId });
  const jsonRoutesWithNesting = routesWithFields.filter(
    (route) =>
      bodyKindOf(route) === 'json' &&
      nestedObjectPaths(caseFor(route)!(placeholderFixtures).payload).length > 0,
  );

  it('every object a body contract holds, at any depth, refuses unknown fields (strict)', () => {
    const loose = routesWithFields.flatMap((route) =>
      looseObjectsIn(route.body as z.ZodType, '').map((path) => `${routeKey(route)} ${path}`),
    );
    expect(loose).toEqual([]);
    // The walk does see a non-strict object where there is one.
    expect(
      looseObjectsIn(z.strictObject({ a: z.array(z.object({ b: z.string() })).optional() }), ''),
    ).toEqual(['.a']);
  });

  it('the routes whose valid body nests objects are found (the check below is not run on none)', () => {
    expect(jsonRoutesWithNesting.map(routeKey)).toEqual(
      expect.arrayContaining(['POST /interactions', 'POST /agreements']),
    );
  });

  it.each(jsonRoutesWithNesting.map((route) => [routeKey(route), route] as const))(
    '%s: an unknown field inside any nested object is refused at its path and writes nothing (promise 4)',
    async (key, route) => {
      const request = caseFor(route)!(world.fixtures);
      const paths = nestedObjectPaths(request.payload).filter(
        (path) => !path.some((step) => keyedMaps.has(String(step))),
      );
      expect(paths.length, key).toBeGreaterThan(0);
      for (const path of paths) {
        const nested = valueAt(request.payload, path) as Record<string, unknown>;
        const payload = withValueAt(request.payload, path, { ...nested, ditambahkanKlien: 'x' });
        const before = await snapshotDatabase(t);
        const { response, after } = await exchange(route, request.url, { payload, headers: request.headers });
        const context = `${key} at ${path.join('.')}: ${response.statusCode} ${response.body.slice(0, 400)}`;
        expect(expectCodedError(response, context), context).toBe('VALIDATION_FAILED');
        expect(problemsOf(response), context).toContainEqual({
          path: ['body', ...path],
          code: 'unrecognized_keys',
          message: expect.any(String),
          keys: ['ditambahkanKlien'],
        });
        expect(changesBetween(before, after), context).toEqual([]);
      }
    },
  );

  it.each(fuzzOrder.map((route) => [routeKey(route), route] as const))(
    '%s: malformed, wrong-type, oversize, Unicode and injection bodies get a coded 4xx or succeed, never a 5xx, and a refusal writes nothing (promise 9)',
    async (key, route) => {
      const request = caseFor(route)!(world.fixtures);
      const mayChange = writtenOnRefusal[key] ?? [];
      let baseline = await snapshotDatabase(t);
      let baselineDigest = await digestDatabase(t);

      async function check(body: FuzzBody): Promise<LightMyRequestResponse> {
        const response = await send(route, request.url, body.payload, body.headers);
        await t.deps.jobs.whenIdle();
        const digest = await digestDatabase(t);
        const context = `${key}, ${body.label}: ${response.statusCode} ${response.body.slice(0, 400)}`;
        expect(response.statusCode, context).toBeLessThan(500);
        if (response.statusCode >= 400) {
          expectCodedError(response, context);
          const names = new Set([...baselineDigest.keys(), ...digest.keys()]);
          if (
            [...names].some(
              (name) => !mayChange.includes(name) && digest.get(name) !== baselineDigest.get(name),
            )
          ) {
            const after = await snapshotDatabase(t);
            expect(changesBetween(baseline, after, mayChange), context).toEqual([]);
            baseline = after;
          }
        } else {
          expect([...digest.keys()], `${context}: no table may disappear`).toEqual([
            ...baselineDigest.keys(),
          ]);
          baseline = await snapshotDatabase(t);
        }
        baselineDigest = digest;
        return response;
      }

      for (const body of fixedBodiesFor(route, request)) await check(body);

      const base = request.payload;
      const valid = bodyKindOf(route) === 'json' && isRecord(base) ? base : {};
      const fields = Object.keys(valid);
      if (fields.length > 0) {
        const swapped = Object.fromEntries(fields.map((field) => [field, wrongTypeFor(valid[field])]));
        const response = await check(jsonBody('every field of the wrong type', swapped));
        const context = `${key}, every field of the wrong type: ${response.body.slice(0, 400)}`;
        expect(response.statusCode, context).toBe(400);
        expect(
          fields.filter((field) => !refuses(problemsOf(response), [field])),
          `${context}: fields whose type is not checked`,
        ).toEqual([]);
      }

      // Hostile text in every text field first. The fields that refuse it (enums, dates, ids, emails)
      // then keep their valid value, so each hostile text reaches the handler and the database.
      const textPaths = fieldPaths(base).filter((path) => typeof valueAt(base, path) === 'string');
      if (bodyKindOf(route) === 'json' && textPaths.length > 0) {
        const withText = (paths: JsonPath[], text: string) =>
          paths.reduce<unknown>((body, path) => withValueAt(body, path, text), base);
        const [first, ...rest] = hostileStrings;
        const probe = await check(
          jsonBody(`every text field ${JSON.stringify(first)}`, withText(textPaths, first)),
        );
        const freeText =
          probe.statusCode === 400
            ? textPaths.filter((path) => !refuses(problemsOf(probe), path))
            : textPaths;
        const again = probe.statusCode === 400 ? [first, ...rest] : rest;
        for (const text of freeText.length > 0 ? again : []) {
          await check(jsonBody(`free-text fields ${JSON.stringify(text)}`, withText(freeText, text)));
        }
      }
      if (bodyKindOf(route) === 'multipart') {
        const parts = multipartParts(request.payload as Buffer, request.headers!['content-type']!);
        for (const text of hostileStrings) {
          await check(
            multipartBody(
              `every text part ${JSON.stringify(text)}`,
              parts.map((part) => (part.filename === undefined ? { ...part, content: text } : part)),
            ),
          );
        }
      }

      // Four draws per route keep `npm test` short; FUZZ_RUNS=40 searches harder (about six minutes).
      await fc.assert(
        fc.asyncProperty(generatedBodiesFor(route, request), async (body) => {
          await check(body);
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 4), endOnFailure: true },
      );
    },
  );
});
