import type { JobHandler, OffThreadTask } from './modules/jobs/index';
import { partnerJobHandlers } from './modules/partners/index';
import { annualReportJob, rollupRefreshTask } from './modules/reports/index';

/** Every kind of background job, for the runner wherever it runs (boot.ts, job-worker.ts). */
export const allJobHandlers: JobHandler[] = [...partnerJobHandlers, annualReportJob];

/** What the task thread runs for a module that waits for the answer (ADR 0037). */
export const allOffThreadTasks: OffThreadTask[] = [rollupRefreshTask];
