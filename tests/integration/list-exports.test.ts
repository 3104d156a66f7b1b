import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionVia, createPartnershipVia } from '../factories/engagement';
import { createValueRecordVia } from '../factories/feedback';
import { createInstitutionWorld, type InstitutionWorld } from '../factories/institution-world';
import { createNeedVia } from '../factories/needs';
import { createPartnerVia } from '../factories/partners';
import { createUserFixture, logInAs, type Session } from '../factories/people';
import { createTestApp, describeEachDatabase, type TestApp } from '../setup/test-app';

type Item = Record<string, unknown>;
type Cell = string | number | null;

interface ListCase {
  list: string;
  /** The list's own filters, sent to the list and its export alike. */
  query?: string;
  /** The export column that identifies a row, and the same value from the list's item. */
  column: number;
  key(item: Item): Cell;
}

const formulaName = '=HYPERLINK("http://x")';
const foreignMark = 'Lembaga Lain';

// Every list page's export, each identified by one column the list's items also carry.
const cases: ListCase[] = [
  { list: '/partnerships', column: 0, key: (item) => item.name as string },
  { list: '/partnerships', query: 'stage=mapping', column: 0, key: (item) => item.name as string },
  { list: '/agreements', column: 3, key: (item) => item.subject as string },
  { list: '/interactions', column: 5, key: (item) => item.summary as string | null },
  { list: '/follow-ups', query: 'scope=all&status=open', column: 0, key: (item) => item.task as string },
  { list: '/needs', column: 0, key: (item) => item.title as string },
  { list: '/needs', query: 'status=open', column: 0, key: (item) => item.title as string },
  { list: '/monitoring/deviations', column: 0, key: (item) => (item.partnership as Item).name as string },
  { list: '/feedback-requests', column: 0, key: (item) => item.partnerName as string },
  { list: '/gatherings', column: 0, key: (item) => item.title as string },
  { list: '/value-records', column: 4, key: (item) => item.title as string },
  { list: '/value-records', query: 'kind=beyond_agreement', column: 4, key: (item) => item.title as string },
  { list: '/audit-events', query: 'entityType=partner', column: 0, key: (item) => item.sequence as number },
  { list: '/care/agenda', query: 'scope=all', column: 0, key: (item) => item.dueOn as string },
  { list: '/care/neglected', column: 0, key: (item) => item.partnerName as string },
  { list: '/activities', column: 0, key: (item) => item.title as string },
  { list: '/activities', query: 'status=done', column: 0, key: (item) => item.title as string },
];

function withQuery(path: string, query: string | undefined, extra: string): string {
  const parts = [query, extra].filter(Boolean).join('&');
  return parts ? `${path}?${parts}` : path;
}

async function listItems(session: Session, path: string, query: string | undefined): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const paging = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : 'limit=2';
    const pagedQuery =
      path === '/gatherings' || path.startsWith('/care') || path.includes('deviations') ? '' : paging;
    const response = await session.request('GET', `/api/v1${withQuery(path, query, pagedQuery)}`);
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json<{ items: Item[]; nextCursor?: string | null }>();
    items.push(...page.items);
    cursor = page.nextCursor ?? null;
  } while (cursor);
  return items;
}

function csvRows(bytes: Buffer): string[][] {
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows: string[][] = parse(bytes, { bom: true });
  return rows;
}

async function xlsxRows(bytes: Buffer): Promise<{ rows: Cell[][]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: Cell[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      values.map((value) =>
        value instanceof Date
          ? value.toISOString().slice(0, 10)
          : typeof value === 'number' || typeof value === 'string'
            ? value
            : value === undefined || value === null || value === ''
              ? null
              : JSON.stringify(value),
      ),
    );
  });
  return { rows, sheet };
}

async function download(session: Session, path: string, query: string | undefined, format: 'csv' | 'xlsx') {
  const response = await session.request(
    'GET',
    `/api/v1${withQuery(`${path}/export`, query, `format=${format}`)}`,
  );
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-disposition']).toMatch(
    /^attachment; filename="[a-z-]+-\d{4}-\d{2}-\d{2}\.(csv|xlsx)"$/,
  );
  return response.rawPayload;
}

describeEachDatabase('list exports (XLSX and CSV)', (dialect) => {
  let t: TestApp;
  let world: InstitutionWorld;
  let admin: Session;
  let facilitator: Session;
  let otherInstitutionId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    world = await createInstitutionWorld(t);
    admin = world.admin;
    const formulaPartner = await createPartnerVia(admin, { name: formulaName });
    await createPartnershipVia(admin, [formulaPartner.id]);
    await createInteractionVia(admin, [formulaPartner.id], { summary: '@Ibu Sari minta jadwal ulang' });
    await createNeedVia(admin, { title: 'Tempat magang tata boga' });
    await createValueRecordVia(admin, formulaPartner.id, {
      kind: 'beyond_agreement',
      title: '+Bonus pelatihan',
    });
    const facilitatorUser = await createUserFixture(t, admin.institutionId, 'facilitator');
    facilitator = await logInAs(t, facilitatorUser.email);
    // Another institution's rows carry a mark that must never reach this institution's files.
    const other = await createInstitutionWorld(t, '63.71');
    otherInstitutionId = other.admin.institutionId;
    const foreignPartner = await createPartnerVia(other.admin, { name: `Mitra ${foreignMark}` });
    await createPartnershipVia(other.admin, [foreignPartner.id], { name: `Kemitraan ${foreignMark}` });
    await createNeedVia(other.admin, { title: `Kebutuhan ${foreignMark}` });
    await createValueRecordVia(other.admin, foreignPartner.id, { title: `Nilai ${foreignMark}` });
    await createInteractionVia(other.admin, [foreignPartner.id], { summary: `Kunjungan ${foreignMark}` });
  }, 120_000);
  afterAll(() => t.close());

  describe.each(cases)('$list $query', (listCase) => {
    it('holds exactly the rows of the list for the same user and filters, in CSV and XLSX', async () => {
      const items = await listItems(admin, listCase.list, listCase.query);
      const expected = items.map((item) => listCase.key(item));

      const csv = csvRows(await download(admin, listCase.list, listCase.query, 'csv'));
      const csvKeys = csv.slice(1).map((row) => row[listCase.column] ?? '');
      // CSV is text: a neutralised cell keeps its apostrophe; empty stands for none.
      expect(csvKeys.map((cell) => cell.replace(/^'(?=[=+\-@])/, ''))).toEqual(
        expected.map((value) => (value === null ? '' : String(value))),
      );
      expect(csv.flat().join('\n')).not.toContain(foreignMark);

      const { rows } = await xlsxRows(await download(admin, listCase.list, listCase.query, 'xlsx'));
      expect(rows[0]).toEqual(csv[0]);
      expect(rows.slice(1).map((row) => row[listCase.column] ?? null)).toEqual(expected);
      expect(JSON.stringify(rows)).not.toContain(foreignMark);
    });
  });

  it('exports the users of the institution, and refuses those of another to its manager', async () => {
    const path = `/institutions/${admin.institutionId}/users`;
    const items = await listItems(admin, path, undefined);
    const csv = csvRows(await download(admin, path, undefined, 'csv'));
    expect(csv[0]).toEqual(['Nama', 'Email', 'Peran', 'Status', 'Masuk Terakhir', 'Dibuat']);
    expect(csv.slice(1).map((row) => row[1])).toEqual(items.map((item) => item.email));
    // The system admin may manage every institution; a manager only its own.
    const managerUser = await createUserFixture(t, admin.institutionId, 'manager');
    const manager = await logInAs(t, managerUser.email);
    const foreign = await manager.request('GET', `/api/v1/institutions/${otherInstitutionId}/users/export`);
    const foreignList = await manager.request('GET', `/api/v1/institutions/${otherInstitutionId}/users`);
    expect(foreign.statusCode).toBe(foreignList.statusCode);
    expect([403, 404]).toContain(foreign.statusCode);
  });

  it('keeps formula-like text as text: an apostrophe in CSV, a string cell in XLSX', async () => {
    const csvText = (await download(admin, '/partnerships', undefined, 'csv')).toString('utf8');
    expect(csvText).toContain(`"'=HYPERLINK(""http://x"")"`);
    const interactions = (await download(admin, '/interactions', undefined, 'csv')).toString('utf8');
    expect(interactions).toContain("'@Ibu Sari minta jadwal ulang");
    const values = (await download(admin, '/value-records', undefined, 'csv')).toString('utf8');
    expect(values).toContain("'+Bonus pelatihan");

    const { rows, sheet } = await xlsxRows(await download(admin, '/partnerships', undefined, 'xlsx'));
    const rowIndex = rows.findIndex((row) => row[1] === formulaName);
    expect(rowIndex).toBeGreaterThan(0);
    const cell = sheet.getRow(rowIndex + 1).getCell(2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeFalsy();
  });

  it('writes a bold frozen header, dates as dates and figures as numbers in XLSX', async () => {
    const { sheet } = await xlsxRows(await download(admin, '/value-records', undefined, 'xlsx'));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    const audit = await xlsxRows(await download(admin, '/audit-events', undefined, 'xlsx'));
    expect(typeof audit.rows[1]![0]).toBe('number');
  });

  it('answers 403 to a role without the list permission and 401 to no one', async () => {
    expect((await facilitator.request('GET', '/api/v1/audit-events/export?format=csv')).statusCode).toBe(403);
    expect((await t.app.inject('/api/v1/needs/export?format=csv')).statusCode).toBe(401);
  });

  it('refuses with a coded 422 over the row limit, telling to narrow the filters', async () => {
    const limit = t.deps.config.exportRowLimit;
    t.deps.config.exportRowLimit = 1;
    try {
      const response = await admin.request('GET', '/api/v1/needs/export?format=xlsx');
      expect(response.statusCode).toBe(422);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('EXPORT_TOO_LARGE');
      const narrowed = await admin.request('GET', '/api/v1/needs/export?format=csv&status=dropped');
      expect(narrowed.statusCode).toBe(200);
    } finally {
      t.deps.config.exportRowLimit = limit;
    }
  });
});
