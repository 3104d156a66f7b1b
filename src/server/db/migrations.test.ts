import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../tests/setup/test-app';
import { createTestDatabase, type TestDatabase } from '../../../tests/setup/test-databases';
import { openDatabase, type DatabaseHandle } from './database';
import { migrateToLatest, migrations } from './migrate';
import { isFtsShadowTable } from './fts-shadow-tables';
import type { Database } from './schema';

/** Every table of the Database interface; a table added there and not here fails typechecking. */
const schemaTables: Record<keyof Database, true> = {
  institutions: true,
  rollup_figures: true,
  rollup_states: true,
  users: true,
  supervised_regions: true,
  sessions: true,
  api_tokens: true,
  password_links: true,
  setup_tokens: true,
  login_throttle: true,
  files: true,
  audit_events: true,
  regions: true,
  activities: true,
  activity_evidence: true,
  partnership_problems: true,
  monitoring_visits: true,
  evaluations: true,
  evaluation_items: true,
  evaluation_improvements: true,
  follow_up_plan_rows: true,
  holidays: true,
  occasions: true,
  message_templates: true,
  outgoing_messages: true,
  feedback_requests: true,
  gatherings: true,
  gathering_invitations: true,
  value_records: true,
  scheduled_runs: true,
  notifications: true,
  calendar_feeds: true,
  idempotency_keys: true,
  partners: true,
  partner_tags: true,
  partner_exchange_items: true,
  partner_contacts: true,
  partner_categories: true,
  partner_search: true,
  partner_merges: true,
  jobs: true,
  partnerships: true,
  partnership_partners: true,
  partnership_stage_events: true,
  partnership_meetings: true,
  partnership_patterns: true,
  interactions: true,
  interaction_partners: true,
  interaction_contacts: true,
  interaction_attachments: true,
  needs: true,
  need_decisions: true,
  public_links: true,
  work_plans: true,
  work_plan_items: true,
  work_plan_reviews: true,
  agreements: true,
  agreement_versions: true,
  clause_templates: true,
  agreement_number_counters: true,
  agreement_comments: true,
  agreement_signatures: true,
  agreement_meterai_notes: true,
};

describeEachDatabase('migrations', (dialect) => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let firstRun: string[];

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    handle = openDatabase(database.target);
    expect(await handle.db.introspection.getTables()).toEqual([]);
    firstRun = await migrateToLatest(handle.db);
  });

  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  it('applies every migration, in order, to an empty database', () => {
    expect(firstRun).toEqual(Object.keys(migrations).sort());
    expect(firstRun).toContain('0001_create_foundation');
    expect(firstRun).toContain('0002_create_regions');
  });

  it('creates every table of the schema and nothing else', async () => {
    const tables = (await handle.db.introspection.getTables()).filter((t) => !isFtsShadowTable(t.name));
    expect(tables.map((t) => t.name).sort()).toEqual(Object.keys(schemaTables).sort());
  });

  it('gives each table the columns the schema types promise', async () => {
    const tables = await handle.db.introspection.getTables();
    const audit = tables.find((t) => t.name === 'audit_events');
    expect(audit?.columns.map((c) => c.name).sort()).toEqual(
      [
        'sequence',
        'id',
        'institution_id',
        'actor_user_id',
        'actor_name',
        'action',
        'entity_type',
        'entity_id',
        'before_json',
        'after_json',
        'before_sha256',
        'after_sha256',
        'redacted_at',
        'request_id',
        'occurred_at',
        'prev_hash',
        'hash',
      ].sort(),
    );
    const users = tables.find((t) => t.name === 'users');
    expect(users?.columns.find((c) => c.name === 'institution_id')?.isNullable).toBe(false);
    expect(users?.columns.find((c) => c.name === 'password_hash')?.isNullable).toBe(true);
  });

  it('applies nothing when run again', async () => {
    expect(await migrateToLatest(handle.db)).toEqual([]);
    const tables = (await handle.db.introspection.getTables()).filter((t) => !isFtsShadowTable(t.name));
    expect(tables).toHaveLength(Object.keys(schemaTables).length);
  });

  it('records each migration once', async () => {
    const { rows } = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
      handle.db,
    );
    expect(rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
  });

  if (dialect === 'sqlite') {
    it("reads a page's tags and needs/offers by institution and partner id (0023, 0026), with L's statistics", () => {
      const sqlite = handle.sqlite!;
      // The statistics of the L data set (one institution of 1,000,000 partners), as ANALYZE left them.
      sqlite.exec('ANALYZE');
      sqlite.exec("DELETE FROM sqlite_stat1 WHERE tbl IN ('partner_tags', 'partner_exchange_items')");
      const stat = sqlite.prepare('INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)');
      stat.run('partner_tags', 'partner_tags_partner', '1009732 103 2 1');
      stat.run('partner_tags', 'partner_tags_institution_tag', '1009732 103 8');
      stat.run('partner_tags', 'sqlite_autoindex_partner_tags_1', '1009732 2 1');
      stat.run('partner_exchange_items', 'partner_exchange_items_partner', '2322010 186 3 2 1');
      stat.run('partner_exchange_items', 'partner_exchange_items_lookup', '2322010 186 103 15');
      stat.run('partner_exchange_items', 'sqlite_autoindex_partner_exchange_items_1', '2322010 3 2 1');
      sqlite.exec('ANALYZE sqlite_schema');
      const plan = (table: string, columns: string, orderBy: string) =>
        sqlite
          .prepare(
            `EXPLAIN QUERY PLAN SELECT ${columns} FROM ${table} WHERE institution_id = ? AND partner_id IN (?, ?) ORDER BY ${orderBy}`,
          )
          .all('i', 'a', 'b')
          .map((row) => (row as { detail: string }).detail)
          .join(' | ');
      // As partner-labels.repository.ts asks, by partner first: the (institution, partner, …) indexes
      // serve both the filter and the order (ordered by tag alone, the L page walked the whole tag index).
      expect(plan('partner_tags', 'partner_id, tag', 'partner_id, tag')).toMatch(
        /USING COVERING INDEX partner_tags_partner \(institution_id=\? AND partner_id=\?\)/,
      );
      expect(
        plan('partner_exchange_items', 'partner_id, direction, item', 'partner_id, direction, item'),
      ).toMatch(
        /USING COVERING INDEX partner_exchange_items_partner \(institution_id=\? AND partner_id=\?\)/,
      );
    });

    it('opens SQLite with WAL, foreign keys, synchronous FULL and secure delete', () => {
      const sqlite = handle.sqlite;
      expect(sqlite).not.toBeNull();
      expect(sqlite?.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite?.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite?.pragma('synchronous', { simple: true })).toBe(2);
      expect(sqlite?.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(sqlite?.pragma('secure_delete', { simple: true })).toBe(1);
    });

    it('enforces foreign keys on SQLite', async () => {
      const now = new Date().toISOString();
      await expect(
        handle.db
          .insertInto('users')
          .values({
            id: 'u-orphan',
            institution_id: 'no-such-institution',
            email: 'orphan@contoh.id',
            name: 'Yatim',
            role: 'manager',
            locale: 'id',
            password_hash: null,
            disabled_at: null,
            last_login_at: null,
            version: 1,
            created_at: now,
            updated_at: now,
          })
          .execute(),
      ).rejects.toThrow(/FOREIGN KEY/);
    });
  } else {
    it('has no SQLite connection on PostgreSQL', () => {
      expect(handle.sqlite).toBeNull();
    });
  }
});
