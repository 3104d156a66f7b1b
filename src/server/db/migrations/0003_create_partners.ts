import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect-of';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('size', 'text')
    .addColumn('sector', 'text')
    .addColumn('description', 'text')
    .addColumn('characteristics', 'text')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text')
    .addColumn('village_code', 'text')
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('lat', 'real')
    .addColumn('lng', 'real')
    .addColumn('website', 'text')
    .addColumn('social_links_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('source', 'text')
    .addColumn('facilitator_user_id', 'text')
    .addColumn('nib', 'text')
    .addColumn('npwp', 'text')
    .addColumn('kbli_code', 'text')
    .addColumn('kbli_version', 'text')
    .addColumn('cooperative_legal_number', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('partners_institution_name')
    .on('partners')
    .columns(['institution_id', 'name_key', 'id'])
    .execute();
  for (const column of [
    'province_code',
    'regency_code',
    'district_code',
    'village_code',
    'category',
    'nib',
    'npwp',
    'facilitator_user_id',
  ]) {
    await db.schema
      .createIndex(`partners_institution_${column}`)
      .on('partners')
      .columns(['institution_id', column])
      .execute();
  }

  await db.schema
    .createTable('partner_tags')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('partner_tags_pk', ['partner_id', 'tag'])
    .execute();
  await db.schema
    .createIndex('partner_tags_institution_tag')
    .on('partner_tags')
    .columns(['institution_id', 'tag'])
    .execute();

  await db.schema
    .createTable('partner_exchange_items')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('partner_exchange_items_pk', ['partner_id', 'direction', 'item'])
    .execute();
  await db.schema
    .createIndex('partner_exchange_items_lookup')
    .on('partner_exchange_items')
    .columns(['institution_id', 'direction', 'item'])
    .execute();

  await db.schema
    .createTable('partner_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('phone', 'text')
    .addColumn('whatsapp', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('email', 'text')
    .addColumn('preferences', 'text')
    .addColumn('sensitive_topics', 'text')
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('consent_given_by', 'text')
    .addColumn('consent_given_at', 'text')
    .addColumn('consent_channel', 'text')
    .addColumn('religion', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('partner_contacts_partner')
    .on('partner_contacts')
    .columns(['institution_id', 'partner_id'])
    .execute();
  await db.schema
    .createIndex('partner_contacts_phone')
    .on('partner_contacts')
    .columns(['institution_id', 'phone'])
    .execute();
  await db.schema
    .createIndex('partner_contacts_email')
    .on('partner_contacts')
    .columns(['institution_id', 'email'])
    .execute();

  await db.schema
    .createTable('partner_categories')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('partner_categories_pk', ['institution_id', 'code'])
    .execute();

  // Search over names, contacts, phones and emails: FTS5 trigram on SQLite, pg_trgm on PostgreSQL.
  if (dialectOf(db) === 'postgres') {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await db.schema
      .createTable('partner_search')
      .addColumn('partner_id', 'text', (c) => c.primaryKey().references('partners.id'))
      .addColumn('institution_id', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .execute();
    await sql`CREATE INDEX partner_search_body_trgm ON partner_search USING gin (body gin_trgm_ops)`.execute(
      db,
    );
  } else {
    await sql`CREATE VIRTUAL TABLE partner_search USING fts5(partner_id UNINDEXED, institution_id UNINDEXED, body, tokenize = 'trigram')`.execute(
      db,
    );
  }
}
