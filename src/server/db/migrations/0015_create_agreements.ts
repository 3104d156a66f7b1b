import type { Kysely } from 'kysely';

/**
 * Agreements (guide steps 6, 7 and 11): MoU, PKS, addendum and extension drafts with every edit kept
 * as a version, the institution's clause library (versioned), yearly number counters, review
 * comments, signatures and meterai notes. One agreement binds the institution and one partner.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agreements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('pattern', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    // draft | in_review | awaiting_signatures | active | terminated; "expiring" and "expired" are read
    // from ends_on against the institution's today, never stored.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('dated_on', 'text')
    .addColumn('institution_number', 'text')
    .addColumn('partner_number', 'text')
    .addColumn('number_year', 'integer')
    .addColumn('number_sequence', 'integer')
    .addColumn('parent_agreement_id', 'text', (c) => c.references('agreements.id'))
    .addColumn('current_version', 'integer', (c) => c.notNull())
    // {institution: {name, position, userId}, partner: {name, position, contactId}, witnesses: [...]}
    .addColumn('signatories_json', 'text', (c) => c.notNull())
    .addColumn('terms_json', 'text')
    .addColumn('changes_json', 'text')
    .addColumn('internal_approved_by_user_id', 'text')
    .addColumn('internal_approved_at', 'text')
    .addColumn('partner_approved_name', 'text')
    .addColumn('partner_approved_at', 'text')
    .addColumn('final_file_id', 'text', (c) => c.references('files.id'))
    .addColumn('final_sha256', 'text')
    .addColumn('activated_at', 'text')
    .addColumn('terminated_at', 'text')
    .addColumn('termination_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agreements_partnership')
    .on('agreements')
    .columns(['institution_id', 'partnership_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('agreements_status_end')
    .on('agreements')
    .columns(['institution_id', 'status', 'ends_on'])
    .execute();
  await db.schema
    .createIndex('agreements_number')
    .on('agreements')
    .columns(['institution_id', 'number_year', 'number_sequence'])
    .unique()
    .execute();

  // Every edit is a new row; content_json is the whole draft as it stood (fields, terms, clause texts
  // and the composed articles), so any two versions can be compared and old ones re-rendered.
  await db.schema
    .createTable('agreement_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('content_json', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agreement_versions_number', ['agreement_id', 'number'])
    .execute();

  // The institution's clause library: a save adds a row with the next version; the newest is current.
  await db.schema
    .createTable('clause_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('clause_key', 'text', (c) => c.notNull())
    .addColumn('agreement_kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'text')
    .addColumn('created_by_user_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('clause_templates_version', [
      'institution_id',
      'clause_key',
      'agreement_kind',
      'version',
    ])
    .execute();

  // One counter per institution and year: numbers restart at 1 every January.
  await db.schema
    .createTable('agreement_number_counters')
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_sequence', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('agreement_number_counters_pk', ['institution_id', 'year'])
    .execute();

  await db.schema
    .createTable('agreement_comments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('version_number', 'integer', (c) => c.notNull())
    // internal (a user of the institution) | partner (through a review link)
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('author_user_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('article_title', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agreement_comments_agreement')
    .on('agreement_comments')
    .columns(['institution_id', 'agreement_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('agreement_signatures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('party', 'text', (c) => c.notNull())
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('signer_position', 'text', (c) => c.notNull())
    // drawn (a PNG from the signature pad) | uploaded_scan (a PDF of the signed paper copy)
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('signed_by_user_id', 'text')
    .addColumn('public_link_id', 'text')
    .addColumn('ip_address', 'text')
    .addColumn('user_agent', 'text')
    .addColumn('signed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('agreement_signatures_party', ['agreement_id', 'version_number', 'party'])
    .execute();

  await db.schema
    .createTable('agreement_meterai_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('institution_id', 'text', (c) => c.notNull().references('institutions.id'))
    .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
    // which copy: the institution's or the partner's
    .addColumn('copy_holder', 'text', (c) => c.notNull())
    // physical | e_meterai
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('serial', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_by_user_id', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
}
