import { sql, type RawBuilder } from 'kysely';
import { compiledOnce, firstRowOf } from '../../db/compiled-once';
import type { Db } from '../../db/database';
import type { Dialect } from '../../db/dialect-of';
import { jsonArrayText, jsonObjectOf, jsonTupleOf } from '../../db/json-aggregate';
import type { ContactRow } from './partner-contacts.repository';
import type { PartnerLabels } from './partner-labels.repository';
import type { PartnerRow } from './partners.repository';

export interface PartnerDetailRow {
  partner: PartnerRow;
  labels: PartnerLabels;
  contacts: ContactRow[];
}

const contactColumns = [
  'id',
  'institution_id',
  'partner_id',
  'name',
  'position',
  'phone',
  'whatsapp',
  'email',
  'preferences',
  'sensitive_topics',
  'legal_basis',
  'consent_given_by',
  'consent_given_at',
  'consent_channel',
  'religion',
  'consent_withdrawn_at',
  'salutation',
  'version',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof ContactRow)[];

/** A column added to `partner_contacts` and not to the list above fails the typecheck here. */
const everyContactColumnListed: Exclude<keyof ContactRow, (typeof contactColumns)[number]> extends never
  ? true
  : never = true;
void everyContactColumnListed;

type PartnerDetailQueryRow = PartnerRow & { tags_json: string; items_json: string; contacts_json: string };

/**
 * A partner with its tags, needs, offers and contacts in one statement (ADR 0039). Each child list
 * keeps the order `listPartnerLabels` and `listContactRows` give.
 */
export async function findPartnerDetailRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<PartnerDetailRow | undefined> {
  const row = await firstRowOf(db, partnerDetailStatement(db, { institutionId, id }));
  if (!row) return undefined;
  const { tags_json: tagsJson, items_json: itemsJson, contacts_json: contactsJson, ...partner } = row;
  const labels: PartnerLabels = { tags: JSON.parse(tagsJson) as string[], needs: [], offers: [] };
  for (const [direction, item] of JSON.parse(itemsJson) as ['need' | 'offer', string][])
    labels[direction === 'need' ? 'needs' : 'offers'].push(item);
  return { partner, labels, contacts: JSON.parse(contactsJson) as ContactRow[] };
}

/**
 * Compiled once per dialect (ADR 0040): building and compiling it took 54 µs a call on SQLite
 * (three subqueries, twenty contact columns), more than running it (31 µs).
 */
const partnerDetailStatement = compiledOnce(['institutionId', 'id'], (db, dialect, markers) =>
  db
    .selectFrom('partners')
    .selectAll('partners')
    .select([
      childrenAsJson(dialect, 'partner_tags', sql.ref('partner_tags.tag'), sql.ref('partner_tags.tag')).as(
        'tags_json',
      ),
      childrenAsJson(
        dialect,
        'partner_exchange_items',
        jsonTupleOf(dialect, 'partner_exchange_items', ['direction', 'item']),
        sql`partner_exchange_items.direction, partner_exchange_items.item`,
      ).as('items_json'),
      childrenAsJson(
        dialect,
        'partner_contacts',
        jsonObjectOf(dialect, 'partner_contacts', contactColumns),
        sql`partner_contacts.created_at, partner_contacts.id`,
      ).as('contacts_json'),
    ])
    .where('partners.institution_id', '=', markers.institutionId)
    .where('partners.id', '=', markers.id)
    .$castTo<PartnerDetailQueryRow>(),
);

/** The partner's rows in a child table keyed by (institution_id, partner_id), as one JSON array. */
function childrenAsJson(
  dialect: Dialect,
  table: 'partner_tags' | 'partner_exchange_items' | 'partner_contacts',
  element: RawBuilder<unknown>,
  orderBy: RawBuilder<unknown>,
): RawBuilder<string> {
  return sql<string>`(select ${jsonArrayText(dialect, element, orderBy)} from ${sql.table(table)}
    where ${sql.ref(`${table}.institution_id`)} = partners.institution_id
      and ${sql.ref(`${table}.partner_id`)} = partners.id)`;
}
