import { Worker } from 'node:worker_threads';
import type { AppConfig } from '../../config/config';
import type { JobQueue, OffThreadTasks } from '../../platform/jobs/job-queue';
import type { JobWorkerData, JobWorkerReply, JobWorkerRequest } from './job-worker-messages';

type Question = Extract<JobWorkerRequest, { type: 'ask' }>['question'];

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * The job queue of a serving process whose jobs run on their own thread (`src/server/job-worker.ts`,
 * with its own database connection; ADR 0037): an import parsing 100,000 rows or an annual report
 * rendering for seconds no longer holds the event loop every request waits on. The runner in that
 * thread is the same `createJobRunner`, so leases, resumption and clean-up behave as in one thread.
 * The same thread runs the tasks modules hand it and wait for (`runIfIdle`: a dashboard's
 * recompute) while it runs no job.
 *
 * A thread that dies is started again at the next call; the job it held stays leased until its lease
 * runs out and the next `resumeUnfinished` (every `jobPollMs`) takes it over, as after a crash.
 */
export function createWorkerJobQueue(
  workerUrl: URL,
  config: AppConfig,
  log: (message: string) => void,
): JobQueue & OffThreadTasks {
  let worker: Worker | null = null;
  let nextAskId = 1;
  const pending = new Map<number, Pending>();
  let stopped = false;
  let jobRunning = false;

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
      if (reply.type === 'job-running') jobRunning = reply.running;
      if (reply.type !== 'answer') return;
      const waiting = pending.get(reply.askId);
      pending.delete(reply.askId);
      if (reply.error === undefined) waiting?.resolve(reply.value);
      else waiting?.reject(new Error(reply.error));
    });
    started.on('error', (error) => log(`job thread failed: ${String(error)}`));
    started.on('exit', (code) => {
      if (worker === started) {
        worker = null;
        jobRunning = false;
      }
      if (!stopped) log(`job thread ended (exit code ${code}); it starts again at the next job`);
      failPending('the job thread ended');
    });
    worker = started;
    return started;
  }

  function send(request: (askId: number) => JobWorkerRequest): Promise<unknown> {
    const askId = nextAskId++;
    return new Promise<unknown>((resolve, reject) => {
      pending.set(askId, { resolve, reject });
      start().postMessage(request(askId));
    });
  }
  const ask = async (question: Question) => {
    await send((askId) => ({ type: 'ask', askId, question }));
  };

  return {
    runIfIdle(kind, input) {
      if (stopped || jobRunning) return null;
      return send((askId) => ({ type: 'task', askId, kind, input }));
    },
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
