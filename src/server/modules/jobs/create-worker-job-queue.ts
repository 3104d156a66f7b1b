import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../../config/config';
import type { JobQueue, OffThreadTasks } from '../../platform/jobs/job-queue';
import type { JobWorkerData, JobWorkerReply, JobWorkerRequest } from './job-worker-messages';

type Question = Extract<JobWorkerRequest, { type: 'ask' }>['question'];

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface ThreadLink {
  /** Posts a request that needs no answer (starting the thread if it is not running). */
  post(request: JobWorkerRequest): void;
  /** Posts a request and resolves with the thread's answer; rejects if the thread ends first. */
  send(request: (askId: number) => JobWorkerRequest): Promise<unknown>;
  isRunning(): boolean;
  /** Asks the thread to stop cleanly (its job handed back, its connection closed), then ends it. */
  stop(): Promise<void>;
}

/**
 * One worker thread of `src/server/job-worker.ts`, started on first use and again after it died;
 * requests wait for their answers by id.
 */
function linkThread(
  workerUrl: URL,
  data: JobWorkerData,
  name: string,
  log: (message: string) => void,
): ThreadLink {
  let worker: Worker | null = null;
  let nextAskId = 1;
  let stopping = false;
  const pending = new Map<number, Pending>();

  function start(): Worker {
    if (worker) return worker;
    const started = new Worker(workerUrl, { workerData: data });
    started.on('message', (reply: JobWorkerReply) => {
      if (reply.type === 'log') log(reply.message);
      if (reply.type !== 'answer') return;
      const waiting = pending.get(reply.askId);
      pending.delete(reply.askId);
      if (reply.error === undefined) waiting?.resolve(reply.value);
      else waiting?.reject(new Error(reply.error));
    });
    started.on('error', (error) => log(`${name} failed: ${String(error)}`));
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      if (!stopping) log(`${name} ended (exit code ${code}); it starts again when next asked`);
      for (const { reject } of pending.values()) reject(new Error(`the ${name} ended`));
      pending.clear();
    });
    worker = started;
    return started;
  }

  const send = (request: (askId: number) => JobWorkerRequest) => {
    const askId = nextAskId++;
    return new Promise<unknown>((resolve, reject) => {
      pending.set(askId, { resolve, reject });
      start().postMessage(request(askId));
    });
  };

  return {
    post: (request) => start().postMessage(request),
    send,
    isRunning: () => worker !== null,
    async stop() {
      const running = worker;
      stopping = true;
      if (!running) return;
      await send((askId) => ({ type: 'ask', askId, question: 'stop' })).catch((error: unknown) =>
        log(`${name} did not stop cleanly: ${String(error)}`),
      );
      await running.terminate();
    },
  };
}

/**
 * The job queue of a serving process whose jobs run off its event loop (`src/server/job-worker.ts`,
 * each thread with its own database connection; ADR 0037): an import parsing 100,000 rows or an
 * annual report rendering for seconds no longer holds the loop every request waits on. The runner in
 * the job thread is the same `createJobRunner`, so leases, resumption and clean-up behave as in one
 * thread. The tasks modules hand off and wait for (`run`: a dashboard's recompute) go to a second
 * thread of the same entry, started on first use, so they never wait behind a render.
 *
 * A thread that dies is started again at the next call; the job it held stays leased until its lease
 * runs out and the next `resumeUnfinished` (every `jobPollMs`) takes it over, as after a crash.
 */
export function createWorkerJobQueue(
  workerUrl: URL,
  config: AppConfig,
  log: (message: string) => void,
): JobQueue & OffThreadTasks {
  const jobThread = linkThread(workerUrl, { config, role: 'jobs' }, 'job thread', log);
  const taskThread = linkThread(workerUrl, { config, role: 'tasks' }, 'task thread', log);
  let stopped = false;
  const ask = async (question: Question) => {
    await jobThread.send((askId) => ({ type: 'ask', askId, question }));
  };

  return {
    run(kind, input) {
      if (stopped) return Promise.reject(new Error('the task thread was stopped'));
      return taskThread.send((askId) => ({ type: 'task', askId, kind, input }));
    },
    enqueue(jobId) {
      if (!stopped) jobThread.post({ type: 'enqueue', jobId });
    },
    async resumeUnfinished() {
      if (!stopped) await ask('resumeUnfinished');
    },
    async whenIdle() {
      if (jobThread.isRunning()) await ask('whenIdle');
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all([jobThread.stop(), taskThread.stop()]);
    },
  };
}
