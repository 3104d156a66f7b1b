import fs from 'node:fs';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { allRoutes } from '../../src/server/app';
import type { AnyRoute } from '../../src/server/platform/http/route-definition';
import { errorCodes } from '../../src/shared/contracts/common';
import { changesBetween, snapshotDatabase, storedFileKeys } from '../factories/full-database-snapshot';
import { multipartParts } from '../factories/fuzz-payloads';
import { createInstitutionWorld, type InstitutionWorld } from '../factories/institution-world';
import { multipart, type MultipartPart } from '../factories/multipart';
import { fullUrl, routeKey } from '../setup/route-cases';
import { mutatingCaseFor } from '../setup/route-cases-without-id';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

/** Every route that takes a file in a form (photos, evidence, signatures, materials, imports). */
const uploadRoutes = allRoutes.filter((route) => route.bodyKind?.kind === 'multipart');

const caseFor = mutatingCaseFor;

/** Files no upload may take, each sent under the route's own file name and declared type. */
const refusedCorpus: { label: string; content: Buffer }[] = [
  {
    label: 'an executable renamed to the expected name',
    content: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xffPE\x00\x00', 'latin1'),
  },
  {
    label: 'an HTML page with a script, named and declared as the expected type',
    content: Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>'),
  },
  {
    label: 'an SVG with a script',
    content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  },
  { label: 'zero bytes', content: Buffer.alloc(0) },
];

/**
 * Routes whose harness request is refused before its file is read, by design of the harness (it
 * must not sign anything or add to another's item), with where their files' content is checked.
 */
const refusedBeforeTheFile: Record<string, string> = {
  'POST /agreements/:id/signatures':
    'a stale version number; the signature image: agreements/signing/signature-file.test.ts',
  'POST /public/agreements/:id/signing/:token':
    'a stale version number; the signature image: agreements/signing/signature-file.test.ts',
  'POST /public/partnerships/:id/evidence/:token/items/:itemId/evidence':
    "an item that is not the partner's; its file goes through store-activity-evidence.ts like POST /activities/:activityId/evidence",
};

/** The refusals that come from reading the file itself. */
const contentCodes = [
  'FILE_TYPE_NOT_ALLOWED',
  'IMPORT_FILE_TYPE',
  'IMPORT_FILE_MISSING',
  'MEETING_MATERIAL_MISSING',
];

/** As file-store.ts generates them: two hex digits, then a UUID. */
const storageKeyPattern = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

/** Names that try to leave the file store, hide their extension, or break a header. */
const hostileNames = [
  '../../../../etc/cron.d/jalin',
  '..\\..\\windows\\system32\\foto',
  'foto-kunjungan\u202Egpj.exe',
  'laporan"\r\nContent-Type: text/html\r\n.x',
];

describeEachDatabase('the upload corpus on every upload route (promise 10)', (dialect) => {
  let t: TestApp;
  let world: InstitutionWorld;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createInstitutionWorld(t, '63.72');
  });
  afterAll(() => t.close());

  function send(route: AnyRoute, url: string, body: { payload: Buffer; headers: Record<string, string> }) {
    if (route.access.kind === 'public')
      return t.app.inject({
        method: route.method,
        url: fullUrl(url),
        headers: body.headers,
        payload: body.payload,
      });
    return world.admin.request(route.method, fullUrl(url), body.payload, body.headers);
  }

  function codeOf(response: LightMyRequestResponse): string {
    const code = response.json<{ error?: { code?: string } }>().error?.code;
    expect(errorCodes).toContain(code);
    return code!;
  }

  /** Every file under the data folder, outside the file store (the database and its journal aside). */
  function filesOutsideStore(): string[] {
    const root = t.database.dataDir;
    return fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .filter(
        (file) => !file.startsWith(`files${path.sep}`) && !/^jalin\.db(-wal|-shm|-journal)?$/.test(file),
      )
      .sort();
  }

  const accepted = new Map<string, number>();

  it('finds the upload routes (the checks below do not run on none)', () => {
    expect(uploadRoutes.map(routeKey)).toEqual(
      expect.arrayContaining(['POST /interactions/:id/attachments', 'POST /activities/:activityId/evidence']),
    );
    for (const route of uploadRoutes) expect(caseFor(route), routeKey(route)).toBeDefined();
  });

  it.each(uploadRoutes.map((route) => [routeKey(route), route] as const))(
    '%s: an executable, HTML or SVG under the expected name, or zero bytes, is a coded 4xx and writes nothing',
    async (key, route) => {
      const request = caseFor(route)!(world.fixtures);
      const parts = multipartParts(request.payload as Buffer, request.headers!['content-type']!);
      for (const file of refusedCorpus) {
        const body = multipart(
          parts.map((part): MultipartPart =>
            part.filename === undefined ? part : { ...part, content: file.content },
          ),
        );
        const before = await snapshotDatabase(t);
        const response = await send(route, request.url, body);
        const context = `${key}, ${file.label}: ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, context).toBeGreaterThanOrEqual(400);
        expect(response.statusCode, context).toBeLessThan(500);
        const code = codeOf(response);
        if (!(key in refusedBeforeTheFile)) expect(contentCodes, context).toContain(code);
        await t.deps.jobs.whenIdle();
        expect(changesBetween(before, await snapshotDatabase(t)), context).toEqual([]);
      }
    },
  );

  it.each(uploadRoutes.map((route) => [routeKey(route), route] as const))(
    '%s: a good file under a hostile name is stored under a generated name, and the name kept is only text',
    async (key, route) => {
      const outsideBefore = filesOutsideStore();
      const fileIdsBefore = new Set(
        (await t.deps.db.selectFrom('files').select('id').execute()).map((row) => row.id),
      );
      for (const name of hostileNames) {
        // A fresh valid request each time: a signing link, say, is spent by its first use.
        const request = caseFor(route)!(world.fixtures);
        const parts = multipartParts(request.payload as Buffer, request.headers!['content-type']!);
        const body = multipart(
          parts.map((part): MultipartPart =>
            part.filename === undefined ? part : { ...part, filename: name },
          ),
        );
        const before = await snapshotDatabase(t);
        const response = await send(route, request.url, body);
        const context = `${key}, named ${JSON.stringify(name)}: ${response.statusCode} ${response.body.slice(0, 300)}`;
        expect(response.statusCode, context).toBeLessThan(500);
        if (response.statusCode >= 400) {
          // Refused for another reason than the name (a spent link): then it wrote nothing.
          codeOf(response);
          expect(changesBetween(before, await snapshotDatabase(t)), context).toEqual([]);
          continue;
        }
        accepted.set(key, (accepted.get(key) ?? 0) + 1);
        await t.deps.jobs.whenIdle();
        const added = await t.deps.db
          .selectFrom('files')
          .select(['storage_key', 'original_name'])
          .where('id', 'not in', [...fileIdsBefore, '-'])
          .execute();
        for (const file of added) {
          expect(file.storage_key, context).toMatch(storageKeyPattern);
          expect(file.original_name, context).not.toMatch(/[\\/\u202e\r\n"]|\.\./);
        }
        for (const entry of storedFileKeys(t)) expect(entry, context).toMatch(storageKeyPattern);
        expect(JSON.stringify(response.json()), context).not.toMatch(/\\u202e|\.\.\/|\\r\\n/i);
      }
      expect(filesOutsideStore(), key).toEqual(outsideBefore);
    },
  );

  it('the hostile names reached storage on the photo, evidence and material routes, and the list of exceptions names only upload routes', () => {
    for (const key of [
      'POST /interactions/:id/attachments',
      'POST /activities/:activityId/evidence',
      'PUT /partnerships/:id/meetings/:meetingId/material',
      'POST /partners/import',
    ])
      expect(accepted.get(key), key).toBe(hostileNames.length);
    expect(
      Object.keys(refusedBeforeTheFile).filter((key) => !uploadRoutes.some((r) => routeKey(r) === key)),
    ).toEqual([]);
  });
});
