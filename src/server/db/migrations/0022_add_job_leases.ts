import type { Kysely } from 'kysely';

/**
 * A job is run by the process holding its lease (ADR 0012, revised): several processes on one
 * PostgreSQL database each poll for jobs nobody holds, and a dead holder's lease runs out.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('claimed_by', 'text').execute();
  await db.schema.alterTable('jobs').addColumn('lease_until', 'text').execute();
}
