import type { Kysely } from 'kysely';

/**
 * Relationship care (the guide's section C): each partner's contact cadence and founding date, a
 * contact's consent withdrawal, the institution's holiday table (seeded from the decree, correctable),
 * custom occasions, message templates, the messages prepared for WhatsApp or email, feedback
 * requests answered through a one-time link, partner gatherings (temu mitra) with invitations, and
 * the log of unique value offered and extras given beyond the agreement.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // null: the default for the partner's category and stage (shared/domain/contact-cadence.ts)
  await db.schema.alterTable('partners').addColumn('contact_cadence_days', 'integer').execute();
  await db.schema.alterTable('partners').addColumn('founded_on', 'text').execute();
  await db.schema.alterTable('partner_contacts').addColumn('consent_withdrawn_at', 'text').execute();
  // Cuti bersama is optional for private employers: each institution says whether it observes it.
  await db.schema
    .alterTable('institutions')
    .addColumn('observes_cuti_bersama', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  // bapak | ibu | null (greetings then say "Bapak/Ibu")
  await db.schema.alterTable('partner_contacts').addColumn('salutation', 'text').execute();

  await db.schema
    .createTable('holidays')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // national_holiday | cuti_bersama
    .addColumn('kind', 'text', (c) => c.notNull())
    // which greeting goes with it (idulfitri, natal, …); null: none
    .addColumn('occasion_key', 'text')
    // the year in the holiday's own calendar, e.g. "1447 H", "Saka 1948", "2577"
    .addColumn('calendar_year_label', 'text')
    .addColumn('source_decree', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('holidays_institution_year')
    .on('holidays')
    .columns(['institution_id', 'year', 'date'])
    .execute();

  await db.schema
    .createTable('occasions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partner_id', 'text', (c) => c.references('partners.id').onDelete('cascade'))
    // product_launch | custom
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('repeats_yearly', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('occasions_institution_date')
    .on('occasions')
    .columns(['institution_id', 'date'])
    .execute();

  await db.schema
    .createTable('message_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    // introduction | meeting_invitation | follow_up | thanks | greeting
    .addColumn('purpose', 'text', (c) => c.notNull())
    // for greetings: the occasion it is for (idulfitri, natal, tahun_baru, anniversary, …)
    .addColumn('occasion_key', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('message_templates_institution')
    .on('message_templates')
    .columns(['institution_id', 'purpose'])
    .execute();

  await db.schema
    .createTable('outgoing_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    // no foreign key: a contact person may be erased; the message log keeps the rest
    .addColumn('contact_id', 'text')
    // whatsapp | email
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text')
    // e.g. "holiday:<id>", "occasion:<id>", "anniversary:<agreement id>"
    .addColumn('occasion_ref', 'text')
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    // drafted | sent | not_sent | failed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('interaction_id', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();
  await db.schema
    .createIndex('outgoing_messages_partner')
    .on('outgoing_messages')
    .columns(['institution_id', 'partner_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('feedback_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('contact_id', 'text')
    .addColumn('public_link_id', 'text')
    // sent | answered | cancelled (expiry is read from the link)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('satisfaction', 'integer')
    // 0–10, "how likely are you to recommend"
    .addColumn('recommend', 'integer')
    .addColumn('improve', 'text')
    .addColumn('comments', 'text')
    .addColumn('respondent_name', 'text')
    .addColumn('requested_by_user_id', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('answer_ip_address', 'text')
    .addColumn('answer_user_agent', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('feedback_requests_partner')
    .on('feedback_requests')
    .columns(['institution_id', 'partner_id', 'requested_at'])
    .execute();

  await db.schema
    .createTable('gatherings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('agenda', 'text')
    // planned | held | cancelled
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gatherings_institution_start')
    .on('gatherings')
    .columns(['institution_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('gathering_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('gathering_id', 'text', (c) => c.notNull().references('gatherings.id').onDelete('cascade'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('contact_id', 'text')
    .addColumn('public_link_id', 'text')
    // pending | attending | declined | maybe
    .addColumn('reply', 'text', (c) => c.notNull())
    .addColumn('reply_note', 'text')
    .addColumn('attendee_count', 'integer')
    .addColumn('replied_at', 'text')
    // null until the day; then 1 attended, 0 did not
    .addColumn('attended', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('gathering_invitations_gathering')
    .on('gathering_invitations')
    .columns(['institution_id', 'gathering_id'])
    .execute();
  await db.schema
    .createIndex('gathering_invitations_partner')
    .on('gathering_invitations')
    .columns(['institution_id', 'partner_id'])
    .execute();

  await db.schema
    .createTable('value_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    // unique_value (technique 4) | beyond_agreement (technique 6)
    .addColumn('kind', 'text', (c) => c.notNull())
    // workshop | fact | introduction | new_idea | new_opportunity | other
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('value_records_partner')
    .on('value_records')
    .columns(['institution_id', 'partner_id', 'given_on'])
    .execute();
}
