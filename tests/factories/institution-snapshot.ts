import { sql } from 'kysely';
import type { Db } from '../../src/server/db/database';
import type { Dialect } from '../../src/server/db/dialect-of';

/** Every table with an `institution_id` column, read from the schema so a new table is included. */
async function institutionTables(db: Db, dialect: Dialect): Promise<string[]> {
  const result =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`SELECT m.name AS name FROM sqlite_master m
          JOIN pragma_table_info(m.name) c ON c.name = 'institution_id'
          WHERE m.type = 'table' ORDER BY m.name`.execute(db)
      : await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.columns
          WHERE column_name = 'institution_id' AND table_schema = current_schema()
          ORDER BY table_name`.execute(db);
  return result.rows.map((row) => row.name);
}

/** The institution's row and every row of every table it owns, serialised: equal means untouched. */
export async function snapshotInstitution(db: Db, dialect: Dialect, institutionId: string): Promise<string> {
  const parts: Record<string, string[]> = {};
  const institution = await sql`SELECT * FROM institutions WHERE id = ${institutionId}`.execute(db);
  parts.institutions = institution.rows.map((row) => JSON.stringify(row));
  for (const table of await institutionTables(db, dialect)) {
    const rows = await sql`SELECT * FROM ${sql.id(table)} WHERE institution_id = ${institutionId}`.execute(
      db,
    );
    parts[table] = rows.rows.map((row) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(parts);
}

/** How many tables the snapshot covers, so a test can show it is not reading an empty list. */
export async function countInstitutionTables(db: Db, dialect: Dialect): Promise<number> {
  return (await institutionTables(db, dialect)).length;
}
