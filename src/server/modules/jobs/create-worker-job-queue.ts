import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../../config/config';
import type { JobQueue } from '../../platform/jobs/job-queue';
import type { JobWorkerData, JobWorkerReply, JobWorkerRequest } from './job-worker-messages';

type Question = Extract<JobWorkerRequest, { type: 'ask' }>['question'];

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * The job queue of a serving process whose jobs run on their own thread (`src/server/job-worker.ts`,
 * with its own database connection; ADR 0037): an import parsing 100,000 rows or an annual report
 * rendering for seconds no longer holds the event loop every request waits on. The runner in that
 * thread is the same `createJobRunner`, so leases, resumption and clean-up behave as in one thread.
 *
 * A thread that dies is started again at the next call; the job it held stays leased until its lease
 * runs out and the next `resumeUnfinished` (every `jobPollMs`) takes it over, as after a crash.
 */
export function createWorkerJobQueue(
  workerUrl: URL,
  config: AppConfig,
  log: (message: string) => void,
): JobQueue {
  let worker: Worker | null = null;
  let nextAskId = 1;
  const pending = new Map<number, Pending>();
  let stopped = false;

  function failPending(reason: string): void {
    for (const { reject } of pending.values()) reject(new Error(reason));
    pending.clear();
  }

  function start(): Worker {
    if (worker) return worker;
    const data: JobWorkerData = { config };
    const started = new Worker(workerUrl, { workerData: data });
    started.on('message', (reply: JobWorkerReply) => {
      if (reply.type === 'log') log(reply.message);
      if (reply.type !== 'answer') return;
      const waiting = pending.get(reply.askId);
      pending.delete(reply.askId);
      if (reply.error === undefined) waiting?.resolve();
      else waiting?.reject(new Error(reply.error));
    });
    started.on('error', (error) => log(`job thread failed: ${String(error)}`));
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      if (!stopped) log(`job thread ended (exit code ${code}); it starts again at the next job`);
      failPending('the job thread ended');
    });
    worker = started;
    return started;
  }

  function ask(question: Question): Promise<void> {
    const askId = nextAskId++;
    return new Promise<void>((resolve, reject) => {
      pending.set(askId, { resolve, reject });
      start().postMessage({ type: 'ask', askId, question } satisfies JobWorkerRequest);
    });
  }

  return {
    enqueue(jobId) {
      if (stopped) return;
      start().postMessage({ type: 'enqueue', jobId } satisfies JobWorkerRequest);
    },
    async resumeUnfinished() {
      if (stopped) return;
      await ask('resumeUnfinished');
    },
    async whenIdle() {
      if (!worker) return;
      await ask('whenIdle');
    },
    async stop() {
      if (stopped) return;
      const running = worker;
      if (!running) {
        stopped = true;
        return;
      }
      await ask('stop').catch((error: unknown) => log(`job thread did not stop cleanly: ${String(error)}`));
      stopped = true;
      await running.terminate();
    },
  };
}
