import { CompiledQuery, type Compilable } from 'kysely';
import type { Db } from './database';
import { dialectOf, type Dialect } from './dialect-of';

/** Stands in for a named value while the statement is compiled; no real value looks like it. */
const markerPrefix = '\u0000compiled-once:';

type Slot<Name extends string> = { name: Name } | { constant: unknown };

type Build<Row, Name extends string> = (
  db: Db,
  dialect: Dialect,
  markers: Record<Name, string>,
) => Compilable<Row>;

interface Compiled<Name extends string> {
  sql: string;
  slots: Slot<Name>[];
}

/**
 * A fixed statement whose text is built and compiled once per dialect, then run with each call's
 * values (ADR 0040). Kysely builds and compiles a query on every call, which for a join of ten
 * columns costs more on SQLite than running it; a statement every request runs pays that for nothing.
 *
 * `build` receives a marker string for each name and must bind it where the value goes. Values the
 * builder binds itself (a fixed status, a limit) stay as they were compiled. The statement's shape
 * may depend on the dialect only, never on a value: that is what makes one text right for every call.
 */
export function compiledOnce<Row, Name extends string>(
  names: readonly Name[],
  build: Build<Row, Name>,
): (db: Db, values: Record<Name, unknown>) => CompiledQuery<Row> {
  const byDialect = new Map<Dialect, Compiled<Name>>();
  return (db, values) => {
    const dialect = dialectOf(db);
    let compiled = byDialect.get(dialect);
    if (!compiled) {
      compiled = compile(db, dialect, names, build);
      byDialect.set(dialect, compiled);
    }
    const parameters = compiled.slots.map((slot) => ('name' in slot ? values[slot.name] : slot.constant));
    return CompiledQuery.raw(compiled.sql, parameters);
  };
}

function compile<Row, Name extends string>(
  db: Db,
  dialect: Dialect,
  names: readonly Name[],
  build: Build<Row, Name>,
): Compiled<Name> {
  const markers = Object.fromEntries(names.map((name) => [name, `${markerPrefix}${name}`])) as Record<
    Name,
    string
  >;
  const query = build(db, dialect, markers).compile();
  const slots: Slot<Name>[] = query.parameters.map((parameter) =>
    typeof parameter === 'string' && parameter.startsWith(markerPrefix)
      ? { name: parameter.slice(markerPrefix.length) as Name }
      : { constant: parameter },
  );
  const unbound = names.filter((name) => !slots.some((slot) => 'name' in slot && slot.name === name));
  if (unbound.length > 0) throw new Error(`compiledOnce: the statement never binds ${unbound.join(', ')}`);
  if (query.sql.includes(markerPrefix))
    throw new Error('compiledOnce: a marker reached the SQL text instead of a parameter');
  return { sql: query.sql, slots };
}

/** The first row of a compiled statement, or undefined: `executeTakeFirst` for `compiledOnce`. */
export async function firstRowOf<Row>(db: Db, query: CompiledQuery<Row>): Promise<Row | undefined> {
  const [row] = (await db.executeQuery(query)).rows;
  return row;
}
