import http from 'node:http';

export interface LatencySummary {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  throughputPerSec: number;
}

export interface LoadRequest {
  path: string;
  headers?: Record<string, string>;
  /** A JSON write; without it the request is a GET. */
  post?: { body: unknown; expectStatus: number };
}

/** Which request a client sends next: `client` is the worker's number, `n` its count of requests so far. */
export type RequestPlan = (client: number, n: number) => LoadRequest;

/** What one request came to: an answer (any status), or a connection that failed. */
export type Outcome =
  { kind: 'answered'; status: number; body: string; ms: number } | { kind: 'connection'; error: Error };

/** One request over `agent`, timed from sending to the answer's last byte; never rejects. */
export function send(agent: http.Agent, baseUrl: string, request: LoadRequest): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const body = request.post && JSON.stringify(request.post.body);
    const outgoing = http.request(
      `${baseUrl}${request.path}`,
      {
        agent,
        method: request.post ? 'POST' : 'GET',
        headers: body ? { ...request.headers, 'content-type': 'application/json' } : request.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) => resolve({ kind: 'connection', error }));
        response.on('end', () =>
          resolve({
            kind: 'answered',
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
      },
    );
    outgoing.on('error', (error) => resolve({ kind: 'connection', error }));
    outgoing.end(body);
  });
}

/** The p-th percentile of an ascending list (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Closed-loop load over loopback with keep-alive and no pipelining: `clients` workers each send one
 * request at a time for `durationMs`. Runs in the benchmark process, the server in another. Any
 * answer but the expected one (200, or the write's status) fails the run: a fast error is not a result.
 */
export async function runLoad(
  baseUrl: string,
  plan: RequestPlan,
  options: { clients: number; durationMs: number },
): Promise<LatencySummary> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  const deadline = performance.now() + options.durationMs;
  const once = async (request: LoadRequest) => {
    const outcome = await send(agent, baseUrl, request);
    if (outcome.kind === 'connection') throw outcome.error;
    const expected = request.post?.expectStatus ?? 200;
    if (outcome.status !== expected)
      throw new Error(`HTTP ${outcome.status} from ${request.path}: ${outcome.body.slice(0, 300)}`);
    latencies.push(outcome.ms);
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      for (let n = 0; performance.now() < deadline; n += 1) await once(plan(client, n));
    }),
  );
  const elapsed = performance.now() - started;
  agent.destroy();
  return summariseLatencies(latencies, elapsed);
}

/** Percentiles and throughput of the latencies answered within `elapsedMs`. */
export function summariseLatencies(latencies: number[], elapsedMs: number): LatencySummary {
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    throughputPerSec: Math.round((sorted.length / elapsedMs) * 1000),
  };
}

/** Field by field median of repeated runs (each field on its own, as the runs are noisy). */
export function medianSummary(runs: LatencySummary[]): LatencySummary {
  const field = (pick: (s: LatencySummary) => number) => median(runs.map(pick));
  return {
    requests: field((s) => s.requests),
    p50Ms: field((s) => s.p50Ms),
    p95Ms: field((s) => s.p95Ms),
    p99Ms: field((s) => s.p99Ms),
    throughputPerSec: field((s) => s.throughputPerSec),
  };
}

export interface Side {
  baseUrl: string;
  plan: RequestPlan;
}

export interface Comparison {
  singleClient: { app: LatencySummary; floor: LatencySummary };
  twentyClients: { app: LatencySummary; floor: LatencySummary };
  /** App throughput over the floor's with 20 clients: the headline figure. */
  throughputRatio: number;
}

/**
 * The app beside its floor, one client then twenty: a warm-up second each, then `repeats` rounds
 * alternating app and floor (so drifting machine load hits both), medians of the rounds.
 */
export async function compareWithFloor(
  app: Side,
  floor: Side,
  options: { seconds: number; repeats: number; log: (message: string) => void },
): Promise<Comparison> {
  const measure = async (clients: number) => {
    const warmUpMs = Math.min(1000, options.seconds * 1000);
    await runLoad(app.baseUrl, app.plan, { clients, durationMs: warmUpMs });
    await runLoad(floor.baseUrl, floor.plan, { clients, durationMs: warmUpMs });
    const appRuns: LatencySummary[] = [];
    const floorRuns: LatencySummary[] = [];
    for (let round = 0; round < options.repeats; round += 1) {
      appRuns.push(await runLoad(app.baseUrl, app.plan, { clients, durationMs: options.seconds * 1000 }));
      floorRuns.push(
        await runLoad(floor.baseUrl, floor.plan, { clients, durationMs: options.seconds * 1000 }),
      );
    }
    const result = { app: medianSummary(appRuns), floor: medianSummary(floorRuns) };
    options.log(
      `    ${clients} client(s): app p50 ${result.app.p50Ms} ms, ${result.app.throughputPerSec} req/s; ` +
        `floor p50 ${result.floor.p50Ms} ms, ${result.floor.throughputPerSec} req/s`,
    );
    return result;
  };
  const singleClient = await measure(1);
  const twentyClients = await measure(20);
  return {
    singleClient,
    twentyClients,
    throughputRatio: round(
      twentyClients.app.throughputPerSec / Math.max(1, twentyClients.floor.throughputPerSec),
    ),
  };
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
