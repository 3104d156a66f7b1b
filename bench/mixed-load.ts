import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { benchSeed, Prng } from './generators/prng';
import { send, summariseLatencies, type LatencySummary, type LoadRequest } from './measure';

/** A request of a mixed load, named by its kind so each kind's latencies are reported on their own. */
export interface MixedRequest extends LoadRequest {
  kind: string;
  /** Checks the answer's content beyond its status: an error text, or null when it is right. */
  check?: (body: string) => string | null;
}

export type MixedPlan = (client: number, n: number) => MixedRequest;

export interface MixedLoadResult {
  overall: LatencySummary;
  byKind: Record<string, LatencySummary>;
  /** Answers other than the expected status (200, or the write's own). */
  errors: number;
  errorSamples: string[];
  /** Requests answered with the expected status, by kind. */
  answeredByKind: Record<string, number>;
  /** Requests each target answered. */
  answeredByTarget: number[];
  /** GETs whose connection failed on a dead target and that were sent again to a live one. */
  retriedElsewhere: number;
  /** Writes whose connection failed (a balancer does not resend a POST): they may or may not have committed. */
  writesLostInFlight: number;
}

/**
 * Where the load goes: one URL, or several app processes in turn (the round-robin a balancer in
 * front of them would do). A target whose connection fails is taken out, as a balancer's passive
 * health check does; a GET that failed that way goes to the next one, a POST does not.
 */
export class Targets {
  private next = 0;
  private readonly down = new Set<number>();
  constructor(readonly urls: string[]) {}

  pick(): number {
    for (let tries = 0; tries < this.urls.length; tries += 1) {
      const index = this.next++ % this.urls.length;
      if (!this.down.has(index)) return index;
    }
    throw new Error('no live target left');
  }

  markDown(index: number): void {
    this.down.add(index);
  }

  get live(): number {
    return this.urls.length - this.down.size;
  }
}

/**
 * Mixed load: `clients` workers each send one request at a time until `durationMs` has passed; with
 * `thinkMs` each waits a random pause (exponential, that mean, seeded per client) after every answer,
 * as a person reads the page before the next click; without it the loop is closed (the next request
 * leaves as the answer arrives), which measures capacity. Unlike runLoad it does not stop at the first wrong answer: it counts errors (the run's
 * verdict), keeps a few samples, checks each answer's content where the request says how, and
 * reports latencies per kind.
 */
export async function runMixedLoad(
  targets: Targets,
  plan: MixedPlan,
  options: {
    clients: number;
    durationMs: number;
    thinkMs?: number;
  },
): Promise<MixedLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const all: number[] = [];
  const byKind = new Map<string, number[]>();
  const answeredByTarget = targets.urls.map(() => 0);
  const errorSamples: string[] = [];
  let errors = 0;
  let retriedElsewhere = 0;
  let writesLostInFlight = 0;
  const fail = (text: string) => {
    errors += 1;
    if (errorSamples.length < 10) errorSamples.push(text.slice(0, 300));
  };
  const once = async (request: MixedRequest): Promise<void> => {
    for (;;) {
      const target = targets.pick();
      const outcome = await send(agent, targets.urls[target]!, request);
      if (outcome.kind === 'connection') {
        if (targets.urls.length === 1) return fail(`${request.path}: ${outcome.error.message}`);
        targets.markDown(target);
        if (request.post) {
          writesLostInFlight += 1;
          return;
        }
        retriedElsewhere += 1;
        continue;
      }
      const expected = request.post?.expectStatus ?? 200;
      if (outcome.status !== expected)
        return fail(`HTTP ${outcome.status} from ${request.path}: ${outcome.body}`);
      const wrong = request.check?.(outcome.body);
      if (wrong) return fail(`${request.path}: ${wrong}`);
      all.push(outcome.ms);
      answeredByTarget[target]! += 1;
      let kindLatencies = byKind.get(request.kind);
      if (!kindLatencies) byKind.set(request.kind, (kindLatencies = []));
      kindLatencies.push(outcome.ms);
      return;
    }
  };
  const started = performance.now();
  const deadline = started + options.durationMs;
  const thinkMs = options.thinkMs ?? 0;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      const prng = new Prng(benchSeed ^ (0x7e1 + client));
      // Clients start spread over one pause, not all at once.
      if (thinkMs > 0) await sleep(prng.next() * thinkMs);
      for (let n = 0; performance.now() < deadline; n += 1) {
        await once(plan(client, n));
        if (thinkMs <= 0) continue;
        const pause = Math.min(-Math.log(1 - prng.next()) * thinkMs, deadline - performance.now());
        if (pause > 0) await sleep(pause);
      }
    }),
  );
  const elapsed = performance.now() - started;
  agent.destroy();
  return {
    overall: summariseLatencies(all, elapsed),
    byKind: Object.fromEntries(
      [...byKind].map(([kind, latencies]) => [kind, summariseLatencies(latencies, elapsed)]),
    ),
    errors,
    errorSamples,
    answeredByKind: Object.fromEntries([...byKind].map(([kind, latencies]) => [kind, latencies.length])),
    answeredByTarget,
    retriedElsewhere,
    writesLostInFlight,
  };
}
