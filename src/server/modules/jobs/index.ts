export { jobRoutes } from './jobs.routes';
export { createJobRunner } from './create-job-runner';
export { startJob } from './start-job';
export { toJob } from './get-job';
export type { JobContext, JobHandler, JobOutcome } from './job-handler';
