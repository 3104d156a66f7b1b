import type { JobHandler } from './modules/jobs/index';
import { partnerJobHandlers } from './modules/partners/index';
import { annualReportJob } from './modules/reports/index';

/** Every kind of background job, for the runner wherever it runs (boot.ts, job-worker.ts). */
export const allJobHandlers: JobHandler[] = [...partnerJobHandlers, annualReportJob];
