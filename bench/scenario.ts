import type { FastifyInstance } from 'fastify';
import type { Db } from '../src/server/db/database';
import type { Dialect } from '../src/server/db/dialect-of';
import { startServer, type BenchServer, type ServerTarget } from './bench-server';
import type { FloorDriver } from './floor-driver';
import type { BenchInstitution, Dataset, DatasetSize } from './generators/generate-dataset';
import { compareWithFloor, type Comparison, type Side } from './measure';

/** One target of quality-bars.md, measured. */
export interface Check {
  label: string;
  target: string;
  value: string;
  met: boolean;
}

export interface ScenarioResult {
  id: string;
  name: string;
  dialect: Dialect;
  size: DatasetSize | 'empty';
  /** The quality-bars.md target, as written there. */
  target: string;
  figures: Record<string, unknown>;
  checks: Check[];
  /** Every check met; null for an informative scenario. */
  met: boolean | null;
  notes?: string[];
}

export interface BenchContext {
  dialect: Dialect;
  size: DatasetSize | 'empty';
  target: ServerTarget;
  dataset: Dataset | null;
  /** The benchmark process's own connection, for choosing sample ids and search fragments. */
  db: Db;
  seconds: number;
  repeats: number;
  /** Length of the S7 mixed load (run.ts `--s7-seconds`, default 60; quality-bars' 5 minutes is 300). */
  s7Seconds: number;
  log(message: string): void;
  /** Cookie of the manager of the data set's institution `index`, signed in once per run. */
  session(app: BenchServer, index: number): Promise<string>;
}

/**
 * A scenario is one file in bench/scenarios/ exporting `scenario`: run.ts finds it there, and the
 * floor server registers its `registerFloor` routes (under /floor/<id>/).
 */
export interface Scenario {
  id: string;
  name: string;
  /** Needs the generated S/M data set; scenarios that do not can run on an empty database. */
  needsDataset: boolean;
  registerFloor?(app: FastifyInstance, driver: FloorDriver): Promise<void> | void;
  run(ctx: BenchContext): Promise<ScenarioResult>;
}

export function datasetOf(ctx: BenchContext): Dataset {
  if (!ctx.dataset) throw new Error('this scenario needs a generated data set');
  return ctx.dataset;
}

/**
 * Whose lists S1 and S2 read, with each one's index for `ctx.session`: the first twenty institutions,
 * every request scoped to its own tenant; at L only the institution of 1,000,000 partners, whose
 * figures the L targets are about (the others hold a tenth of M's, many a single page).
 */
export function listReaders(
  ctx: BenchContext,
  count = 20,
): { institution: BenchInstitution; index: number }[] {
  const dataset = datasetOf(ctx);
  if (dataset.size === 'L') {
    const index = dataset.largestInstitutionIndex;
    return [{ institution: dataset.institutions[index]!, index }];
  }
  return dataset.institutions.slice(0, count).map((institution, index) => ({ institution, index }));
}

/**
 * Starts the app and the floor server, lets `prepare` build both request plans (and check they
 * answer alike), compares them and stops both, reporting their peak memory.
 */
export async function besideFloor(
  ctx: BenchContext,
  prepare: (app: BenchServer, floor: BenchServer) => Promise<{ app: Side; floor: Side }>,
): Promise<Comparison & { peakRssMb: { app: number | null; floor: number | null } }> {
  const app = await startServer('app', ctx.target);
  const floor = await startServer('floor', ctx.target).catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  try {
    const sides = await prepare(app, floor);
    const comparison = await compareWithFloor(sides.app, sides.floor, ctx);
    return { ...comparison, peakRssMb: { app: app.peakRssMb(), floor: floor.peakRssMb() } };
  } finally {
    await app.stop();
    await floor.stop();
  }
}

export function check(label: string, target: string, value: number, unit: string, met: boolean): Check {
  return { label, target, value: `${value}${unit}`, met };
}

/** The headline check of a scenario measured beside its floor: app throughput / floor throughput. */
export function throughputRatioCheck(throughputRatio: number, minimum: number): Check {
  return check(
    '20 clients: throughput / floor',
    `≥ ${minimum}`,
    throughputRatio,
    '',
    throughputRatio >= minimum,
  );
}

export function allMet(checks: Check[]): boolean | null {
  return checks.length === 0 ? null : checks.every((c) => c.met);
}

/** Round-robin over a fixed list: client k starts at item k, so twenty clients spread over it. */
export function rotate<T>(items: T[]): (client: number, n: number) => T {
  if (items.length === 0) throw new Error('nothing to request');
  return (client, n) => items[(client * 7 + n) % items.length]!;
}
