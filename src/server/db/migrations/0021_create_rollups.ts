import type { Kysely } from 'kysely';

/**
 * Dashboard roll-ups (ADR 0024): `rollup_figures` holds each institution's figures by slice and
 * local month, recomputed whenever the institution's audit log has moved on or its local day has
 * changed (`rollup_states` says for which). Institutions gain a point on the district map.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rollup_figures')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    // e.g. partners_by_category, activities_by_timeliness, outcome_total (docs/domain/dashboard.md)
    .addColumn('figure', 'text', (c) => c.notNull())
    // the slice ('' for none): a category, stage, band, outcome kind
    .addColumn('dimension', 'text', (c) => c.notNull())
    // the local month YYYY-MM the figure belongs to; '' for a figure of today
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('rollup_figures_pk', ['institution_id', 'figure', 'dimension', 'month'])
    .execute();

  await db.schema
    .createTable('rollup_states')
    .addColumn('institution_id', 'text', (c) => c.primaryKey().references('institutions.id'))
    // the institution's highest audit_events.sequence the figures include
    .addColumn('audit_sequence', 'integer', (c) => c.notNull())
    // the institution's local day (YYYY-MM-DD) the figures were computed for
    .addColumn('local_date', 'text', (c) => c.notNull())
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.alterTable('institutions').addColumn('latitude', 'real').execute();
  await db.schema.alterTable('institutions').addColumn('longitude', 'real').execute();
}
