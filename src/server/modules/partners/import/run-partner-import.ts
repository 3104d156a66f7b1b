import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { PartnerImportResult, PartnerImportRow } from '../../../../shared/contracts/partner-import';
import { partnerImportRowStatuses } from '../../../../shared/domain/partner-import-fields';
import { openSpreadsheet } from '../../../platform/files/spreadsheet/open-spreadsheet';
import { AppError } from '../../../platform/http/app-error';
import type { JobContext, JobHandler, JobOutcome } from '../../jobs/index';
import { loadRegionNameIndex } from '../../regions/index';
import { listCustomCategoryRows } from '../partner-categories.repository';
import { decideImportRow, type ImportDecision } from './decide-import-row';
import { toHeaderKey } from './guess-import-field';
import { ImportDuplicateIndex } from './import-duplicate-index';
import { createImportReportWriter } from './import-report-writer';
import { parseImportRow, type RowContext } from './parse-import-row';
import { partnerImportJobInputSchema } from './partner-import-job-input';
import { findInstitutionRegionCode } from './partner-import.repository';
import { readImportHeader } from './read-import-header';
import { resolveImportColumns } from './resolve-import-columns';
import { writeImportBatch } from './write-import-batch';

/** Rows written per transaction; a file of mostly duplicates also commits every `maxRowsPerBatch` rows read. */
const batchSize = 500;
const maxRowsPerBatch = 2_000;
/** Progress is also reported inside a batch (the runner stores it at most four times a second). */
const progressEveryRows = 100;
const maxProblemsInResult = 500;
/** The longest the import holds the event loop before letting other requests in. */
const sliceMs = 10;

async function runPartnerImport({ deps, job, reportProgress, checkpoint }: JobContext): Promise<JobOutcome> {
  const input = partnerImportJobInputSchema.parse(JSON.parse(job.input_json));
  const institutionId = job.institution_id;
  const source = await openSpreadsheet(await deps.files.read(input.fileKey));
  const sheet = await readImportHeader(source);
  if (!sheet) throw new AppError('IMPORT_FILE_EMPTY');
  const columns = resolveImportColumns(sheet.headers, input.mapping);
  if (columns.missingRequired.length > 0) {
    throw new AppError('IMPORT_MAPPING_INCOMPLETE', { missing: columns.missingRequired });
  }
  const institution = await findInstitutionRegionCode(deps.db, institutionId);
  const context: RowContext = {
    columns,
    regions: await loadRegionNameIndex(deps.db, institution?.region_code?.slice(0, 2) ?? null),
    customCategories: new Map(
      (await listCustomCategoryRows(deps.db, institutionId)).map((row) => [toHeaderKey(row.name), row.code]),
    ),
  };
  const index = await ImportDuplicateIndex.load(deps.db, institutionId);
  const scope = {
    institutionId,
    jobId: job.id,
    index,
    origin: { principal: { userId: job.created_by_user_id, userName: input.userName }, requestId: null },
  };

  const base = deps.config.publicUrl ?? '';
  const report = createImportReportWriter((id) => `${base}/mitra/${id}`);
  const counts = Object.fromEntries(
    partnerImportRowStatuses.map((status) => [status, 0]),
  ) as PartnerImportResult['counts'];
  const problems: PartnerImportRow[] = [];
  let problemCount = 0;
  let totalRows = 0;
  // Reports of the rows since the last batch: rows written in the batch report after it commits.
  let decided: PartnerImportRow[] = [];
  let writes: Exclude<ImportDecision, { kind: 'report' }>[] = [];
  let pending = 0;
  const flush = async () => {
    checkpoint();
    if (writes.length > 0) decided.push(...(await writeImportBatch(deps, scope, writes)));
    decided.sort((a, b) => a.row - b.row);
    for (const row of decided) {
      totalRows += 1;
      counts[row.status] += 1;
      if (row.status === 'created' && row.issues.length === 0) continue;
      problemCount += 1;
      if (problems.length < maxProblemsInResult) problems.push(row);
    }
    report.add(decided);
    decided = [];
    writes = [];
    pending = 0;
    await reportProgress(source.progress());
  };
  let sliceStarted = performance.now();
  for await (const row of sheet.rows) {
    const parsed = await parseImportRow(row.rowNumber, row.cells, context);
    const decision = decideImportRow(parsed, input.mode, index);
    if (decision.kind === 'report') decided.push(decision.report);
    else writes.push(decision);
    pending += 1;
    if (writes.length >= batchSize || pending >= maxRowsPerBatch) await flush();
    else if (pending % progressEveryRows === 0) await reportProgress(source.progress());
    // Reading and deciding never wait on I/O by themselves: other users' requests get the loop
    // back every few milliseconds.
    if (performance.now() - sliceStarted > sliceMs) {
      await yieldToLoop();
      sliceStarted = performance.now();
    }
  }
  await flush();

  const result: PartnerImportResult = {
    totalRows,
    counts,
    problems,
    problemsTruncated: problemCount > maxProblemsInResult,
  };
  const resultFile = await report.finish();
  return { result, resultFile };
}

export const partnerImportJob: JobHandler = {
  kind: 'partners.import',
  run: runPartnerImport,
  // The upload holds personal data and has no use once the outcome is stored; removed any
  // earlier, a crash before the job is marked finished leaves a job that cannot run again.
  cleanUpFinished: async (deps, job) =>
    deps.files.remove(partnerImportJobInputSchema.parse(JSON.parse(job.input_json)).fileKey),
};
