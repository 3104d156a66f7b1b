import type { PartnerImportResult, PartnerImportRow } from '../../../../shared/contracts/partner-import';
import { partnerImportRowStatuses } from '../../../../shared/domain/partner-import-fields';
import { openSpreadsheet } from '../../../platform/files/spreadsheet/open-spreadsheet';
import { AppError } from '../../../platform/http/app-error';
import type { JobContext, JobHandler, JobOutcome } from '../../jobs/index';
import { loadRegionNameIndex } from '../../regions/index';
import { listCustomCategoryRows } from '../partner-categories.repository';
import { buildImportReport } from './build-import-report';
import { decideImportRow, type ImportDecision } from './decide-import-row';
import { toHeaderKey } from './guess-import-field';
import { ImportDuplicateIndex } from './import-duplicate-index';
import { parseImportRow, type RowContext } from './parse-import-row';
import { partnerImportJobInputSchema } from './partner-import-job-input';
import { findInstitutionRegionCode } from './partner-import.repository';
import { readImportHeader } from './read-import-header';
import { resolveImportColumns } from './resolve-import-columns';
import { writeImportBatch } from './write-import-batch';

const batchSize = 500;
/** Progress is also reported inside a batch (the runner stores it at most four times a second). */
const progressEveryRows = 100;
const maxProblemsInResult = 500;

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

  const reports: PartnerImportRow[] = [];
  let writes: Exclude<ImportDecision, { kind: 'report' }>[] = [];
  let pending = 0;
  const flush = async () => {
    checkpoint();
    if (writes.length > 0) reports.push(...(await writeImportBatch(deps, scope, writes)));
    writes = [];
    pending = 0;
    await reportProgress(source.progress());
  };
  for await (const row of sheet.rows) {
    const parsed = await parseImportRow(row.rowNumber, row.cells, context);
    const decision = decideImportRow(parsed, input.mode, index);
    if (decision.kind === 'report') reports.push(decision.report);
    else writes.push(decision);
    pending += 1;
    if (pending >= batchSize) await flush();
    else if (pending % progressEveryRows === 0) await reportProgress(source.progress());
  }
  await flush();

  reports.sort((a, b) => a.row - b.row);
  const counts = Object.fromEntries(
    partnerImportRowStatuses.map((status) => [status, 0]),
  ) as PartnerImportResult['counts'];
  for (const report of reports) counts[report.status] += 1;
  const problems = reports.filter((report) => report.status !== 'created' || report.issues.length > 0);
  const result: PartnerImportResult = {
    totalRows: reports.length,
    counts,
    problems: problems.slice(0, maxProblemsInResult),
    problemsTruncated: problems.length > maxProblemsInResult,
  };
  const base = deps.config.publicUrl ?? '';
  const resultFile = await buildImportReport(reports, (id) => `${base}/mitra/${id}`);
  // The upload holds personal data; once the report exists it has no further use.
  await deps.files.remove(input.fileKey);
  return { result, resultFile };
}

export const partnerImportJob: JobHandler = { kind: 'partners.import', run: runPartnerImport };
