export { jobRoutes } from './jobs.routes';
export { createJobRunner } from './create-job-runner';
export { createWorkerJobQueue } from './create-worker-job-queue';
export { startJob } from './start-job';
export { toJob } from './get-job';
export type { JobContext, JobHandler, JobOutcome, OffThreadTask } from './job-handler';
export type { JobWorkerData, JobWorkerReply, JobWorkerRequest } from './job-worker-messages';
