/**
 * `tsx bench/time-queries.ts <dataDir> [postgresUrl]` on a data set kept by `npm run bench -- --keep`:
 * where a read's time goes inside the process. It runs the S1 page (first and next) and the S3
 * partner as the app's use cases run them, as a manager of the largest institution, many times; each
 * SQL text's median time (Kysely's compile to result, through a plugin on the app's own connection),
 * each call's median, and so what is left for JavaScript; then each text's plan (SQLite: EXPLAIN QUERY
 * PLAN; PostgreSQL: EXPLAIN ANALYZE). The reason a target is missed, measured (docs/performance.md).
 */
import SqliteDatabase from 'better-sqlite3';
import { sql, type KyselyPlugin, type PluginTransformQueryArgs, type QueryId } from 'kysely';
import { boot } from '../src/server/boot';
import { benchAppConfig } from './bench-app-config';
import type { Db } from '../src/server/db/database';
import { listPartnersQuerySchema } from '../src/shared/contracts/partners';
import type { Principal } from '../src/server/platform/auth/principal';
import { listPartners } from '../src/server/modules/partners/list-partners';
import { getPartner } from '../src/server/modules/partners/get-partner';
import { refreshInstitutionRollup } from '../src/server/modules/reports/index';
import { median, round } from './measure';

const runs = 300;
const searchTableFragments = ['0812-34', 'siti.r', 'sumber', 'kelom', 'wani', 'koperas'];

class QueryTimer implements KyselyPlugin {
  private readonly started = new WeakMap<QueryId, { sql: string; at: number }>();
  readonly times = new Map<string, number[]>();
  readonly parameters = new Map<string, readonly unknown[]>();
  constructor(
    private readonly compile: (args: PluginTransformQueryArgs) => {
      sql: string;
      parameters: readonly unknown[];
    },
  ) {}

  transformQuery(args: PluginTransformQueryArgs) {
    const compiled = this.compile(args);
    this.started.set(args.queryId, { sql: compiled.sql, at: performance.now() });
    if (!this.parameters.has(compiled.sql)) this.parameters.set(compiled.sql, compiled.parameters);
    return args.node;
  }

  transformResult<T>(args: { queryId: QueryId; result: T }): Promise<T> {
    const start = this.started.get(args.queryId);
    if (start) {
      const list = this.times.get(start.sql) ?? [];
      list.push(performance.now() - start.at);
      this.times.set(start.sql, list);
    }
    return Promise.resolve(args.result);
  }
}

/**
 * SQLite runs one statement at a time, so a plugin's compile-to-result time of queries sent together
 * (Promise.all) includes waiting for the others: on SQLite each statement's own run is timed instead,
 * by wrapping better-sqlite3's prepare before the app opens its connection.
 */
const sqliteTimes = new Map<string, number[]>();
function timeSqliteStatements(): void {
  const prototype = SqliteDatabase.prototype as {
    prepare: (this: SqliteDatabase.Database, text: string) => SqliteDatabase.Statement;
  };
  const prepare = prototype.prepare;
  prototype.prepare = function timedPrepare(this: SqliteDatabase.Database, text: string) {
    const statement = prepare.call(this, text);
    return new Proxy(statement, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function' || !['all', 'get', 'run'].includes(String(property))) return value;
        return (...args: unknown[]) => {
          const at = performance.now();
          const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
          const list = sqliteTimes.get(text) ?? [];
          list.push(performance.now() - at);
          sqliteTimes.set(text, list);
          return result;
        };
      },
    });
  };
}

async function main(): Promise<void> {
  const [dataDir, databaseUrl] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: tsx bench/time-queries.ts <dataDir> [postgresUrl]');
  const config = benchAppConfig(dataDir, databaseUrl);
  if (!databaseUrl) timeSqliteStatements();
  const { deps, handle } = await boot(config, { log: () => undefined });
  const largest = await deps.db
    .selectFrom('partners')
    .select(['institution_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('institution_id')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const manager = await deps.db
    .selectFrom('users')
    .select(['id', 'name', 'email'])
    .where('institution_id', '=', largest.institution_id)
    // S5 imports into an institution whose head is its admin: either reads what a manager reads.
    .where('role', 'in', ['manager', 'admin'])
    .orderBy('role', 'desc')
    .executeTakeFirstOrThrow();
  const principal: Principal = {
    userId: manager.id,
    userName: manager.name,
    email: manager.email,
    role: 'manager',
    locale: 'id',
    institutionId: largest.institution_id,
    supervisedRegionCodes: [],
    via: 'command',
    sessionId: null,
    csrfToken: null,
  };
  const timer = new QueryTimer((args) => {
    const compiled = deps.db.getExecutor().compileQuery(args.node, args.queryId);
    return { sql: compiled.sql, parameters: compiled.parameters };
  });
  const timed: Db = deps.db.withPlugin(timer);
  const timedDeps = { ...deps, db: timed };

  const first = await listPartners(deps, principal, listPartnersQuerySchema.parse({ limit: 50 }));
  const named = first.items[3]!.name;
  const fragment = named.slice(Math.floor(named.length / 2) - 2, Math.floor(named.length / 2) + 3);
  const cases: [string, () => Promise<unknown>, number][] = [
    [
      'S1 first page',
      () => listPartners(timedDeps, principal, listPartnersQuerySchema.parse({ limit: 50 })),
      runs,
    ],
    [
      'S1 next page',
      () =>
        listPartners(
          timedDeps,
          principal,
          listPartnersQuerySchema.parse({ limit: 50, cursor: first.nextCursor! }),
        ),
      runs,
    ],
    [
      // A fragment from the middle of a listed partner's name, as S2 cuts them.
      `S2 search "${fragment}"`,
      () => listPartners(timedDeps, principal, listPartnersQuerySchema.parse({ limit: 50, q: fragment })),
      runs,
    ],
    // The fragments of performance.md's PostgreSQL search table, from none to 108,869 matches at L.
    ...searchTableFragments.map((typed): [string, () => Promise<unknown>, number] => [
      `S2 search "${typed}"`,
      () => listPartners(timedDeps, principal, listPartnersQuerySchema.parse({ limit: 50, q: typed })),
      50,
    ]),
    ['S3 partner', () => getPartner(timed, principal.institutionId, first.items[7]!.id), runs],
    // What a dashboard read after a write pays (S4, S7): every figure of the institution recomputed.
    ['S4 recompute', () => refreshInstitutionRollup(timedDeps, principal.institutionId, null), 30],
  ];
  console.log(
    `${deps.dialect}, institution ${largest.institution_id} (${largest.n} partners), ${runs} runs each (fixed search fragments: 50, recompute: 30)`,
  );
  for (const [label, run, times] of cases) {
    for (let i = 0; i < Math.min(20, times); i += 1) await run();
    timer.times.clear();
    sqliteTimes.clear();
    const calls: number[] = [];
    for (let i = 0; i < times; i += 1) {
      const at = performance.now();
      await run();
      calls.push(performance.now() - at);
    }
    const measured = deps.dialect === 'sqlite' ? sqliteTimes : timer.times;
    const perQuery = [...measured].map(([text, list]) => ({
      text,
      ms: median(list),
      count: list.length / times,
    }));
    const queriesMs = perQuery.reduce((sum, q) => sum + q.ms * q.count, 0);
    console.log(
      `\n${label}: call median ${round(median(calls))} ms; its queries' medians add up to ${round(queriesMs)} ms`,
    );
    for (const q of perQuery.sort((a, b) => b.ms - a.ms)) {
      console.log(
        `  ${round(q.ms).toString().padStart(7)} ms × ${q.count}  ${q.text.replace(/\s+/g, ' ').slice(0, 160)}`,
      );
      const parameters = timer.parameters.get(q.text) ?? [];
      const plan =
        deps.dialect === 'sqlite'
          ? handle.sqlite!.prepare(`EXPLAIN QUERY PLAN ${q.text}`).all(...(parameters as unknown[]))
          : (await sql.raw(`EXPLAIN (ANALYZE, BUFFERS) ${inline(q.text, parameters)}`).execute(deps.db)).rows;
      for (const line of plan as Record<string, unknown>[]) {
        const text = line.detail ?? line['QUERY PLAN'];
        console.log(`      ${typeof text === 'string' ? text : JSON.stringify(line)}`);
      }
    }
  }
  await handle.close();
}

/** PostgreSQL's EXPLAIN takes no bind parameters here: the values written into the text. */
function inline(text: string, parameters: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const value = parameters[Number(n) - 1];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') return String(value);
    const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
    if (Array.isArray(value)) return `ARRAY[${value.map((item) => quote(String(item))).join(', ')}]`;
    return quote(typeof value === 'string' ? value : JSON.stringify(value));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
