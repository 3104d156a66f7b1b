import http from 'node:http';

export interface LatencySummary {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  throughputPerSec: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Closed-loop load over loopback with keep-alive and no pipelining: `clients` workers each send one
 * request at a time for `durationMs`. Runs in the benchmark process, the server in another.
 */
export async function runLoad(
  url: string,
  options: { clients: number; durationMs: number; headers?: Record<string, string> },
): Promise<LatencySummary> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.clients });
  const latencies: number[] = [];
  const deadline = performance.now() + options.durationMs;
  const once = () =>
    new Promise<void>((resolve, reject) => {
      const started = performance.now();
      const request = http.get(url, { agent, headers: options.headers }, (response) => {
        response.resume();
        response.on('end', () => {
          if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode} from ${url}`));
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      request.on('error', reject);
    });
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  const elapsed = performance.now() - started;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    throughputPerSec: Math.round((sorted.length / elapsed) * 1000),
  };
}

export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
