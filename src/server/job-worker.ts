/**
 * The entry of the job thread and of the task thread (ADR 0037): `createWorkerJobQueue` starts each
 * from the serving thread, and scripts/build-server.mjs bundles it beside the server as
 * dist/server/job-worker.mjs. Each opens its own connection to the database the serving thread has
 * already migrated. The job thread runs the same runner and handlers a single-thread process runs,
 * answering the serving thread's questions by message; the task thread runs what modules hand it and
 * wait for (job-handlers.ts: a dashboard's recompute).
 */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { wireCareAgenda } from './care-agenda-wiring';
import { openDatabase } from './db/database';
import { allOffThreadTasks } from './job-handlers';
import { type JobWorkerData, type JobWorkerReply, type JobWorkerRequest } from './modules/jobs/index';
import { wirePartnershipFacts } from './partnership-fact-wiring';
import { systemClock } from './platform/clock';
import { createMailer } from './platform/mail/mailer';
import { wireAppDeps } from './wire-app-deps';

function runJobThread(port: NonNullable<typeof parentPort>, { config, role }: JobWorkerData): void {
  const send = (reply: JobWorkerReply) => port.postMessage(reply);
  const log = (message: string) => send({ type: 'log', message });
  // Linux gives a thread's nice value to that thread alone: a render then takes the cores the serving
  // thread leaves, rather than an equal share of them (S7M on two cores). A task keeps the normal
  // priority: a user's request waits for it (niced, S7M's dashboards waited up to 10.7 s).
  if (role === 'jobs') {
    try {
      os.setPriority(os.constants.priority.PRIORITY_BELOW_NORMAL);
    } catch (error) {
      log(`job thread priority unchanged: ${String(error)}`);
    }
  }
  wirePartnershipFacts();
  wireCareAgenda();
  const handle = openDatabase(config.database);
  const deps = wireAppDeps(config, handle, {
    clock: systemClock,
    mailer: createMailer(config.smtpUrl, config.mailFrom, log),
    log,
    jobThread: null,
  });
  const { jobs } = deps;
  const answers = {
    resumeUnfinished: () => jobs.resumeUnfinished(),
    whenIdle: () => jobs.whenIdle(),
    stop: async () => {
      await jobs.stop();
      await handle.close();
    },
  };
  const tasks = new Map(allOffThreadTasks.map((task) => [task.kind, task]));
  const runTask = async (kind: string, input: unknown) => {
    const task = tasks.get(kind);
    if (!task) throw new Error(`no task ${kind} on this thread`);
    return task.run(deps, input);
  };
  port.on('message', (request: JobWorkerRequest) => {
    if (request.type === 'enqueue') {
      jobs.enqueue(request.jobId);
      return;
    }
    const answer =
      request.type === 'task' ? runTask(request.kind, request.input) : answers[request.question]();
    answer.then(
      (value: unknown) => send({ type: 'answer', askId: request.askId, value }),
      (error: unknown) => send({ type: 'answer', askId: request.askId, error: String(error) }),
    );
  });
}

if (!parentPort) throw new Error('job-worker.ts runs only as a worker thread (createWorkerJobQueue)');
runJobThread(parentPort, workerData as JobWorkerData);
