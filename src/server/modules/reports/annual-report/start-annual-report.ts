import type { Job } from '../../../../shared/contracts/jobs';
import type { AnnualReportRequest } from '../../../../shared/contracts/reports';
import type { AppDeps } from '../../../platform/app-deps';
import type { Principal } from '../../../platform/auth/principal';
import { findDocumentLocale } from '../../institutions/index';
import { startJob, toJob } from '../../jobs/index';
import { assertReportableYear, loadReportInstitution } from './load-annual-source';
import type { AnnualReportJobInput } from './run-annual-report';

/**
 * Refuses a year without a report now (a coded 422, nothing stored), then queues the job. The
 * report is written in the institution's document language as it stands now, not the user's.
 */
export async function startAnnualReport(
  deps: AppDeps,
  principal: Principal,
  request: Required<AnnualReportRequest>,
  requestId: string,
): Promise<{ job: Job }> {
  const { institution, today } = await loadReportInstitution(deps, principal.institutionId);
  assertReportableYear(institution, today, request.year);
  const input: AnnualReportJobInput = {
    year: request.year,
    format: request.format,
    userId: principal.userId,
    userName: principal.userName,
    email: principal.email,
    role: principal.role,
    locale: await findDocumentLocale(deps.db, principal.institutionId),
  };
  return { job: toJob(await startJob(deps, principal, 'reports.annual', input, requestId)) };
}
