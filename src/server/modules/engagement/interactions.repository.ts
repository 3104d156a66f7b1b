import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../db/database';
import type { InteractionsTable } from '../../db/schema';
import { updateVersionedRow } from '../../db/update-versioned-row';

export type InteractionRow = Selectable<InteractionsTable>;

export interface InteractionFilter {
  institutionId: string;
  partnerId?: string | undefined;
  partnershipId?: string | undefined;
}

/** Returns the row as stored (one round trip: the insert's RETURNING, no read after it). */
export async function insertInteractionRow(
  db: Db,
  row: Insertable<InteractionsTable>,
): Promise<InteractionRow> {
  return db.insertInto('interactions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findInteractionRow(
  db: Db,
  institutionId: string,
  id: string,
): Promise<InteractionRow | undefined> {
  return db
    .selectFrom('interactions')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function updateInteractionRow(
  db: Db,
  institutionId: string,
  id: string,
  version: number,
  changes: Updateable<InteractionsTable>,
): Promise<boolean> {
  return updateVersionedRow(db, 'interactions', { institutionId, id, version }, changes);
}

/** Latest contact first: keyset on (occurred_at, id) descending. */
export async function listInteractionRows(
  db: Db,
  filter: InteractionFilter,
  page: { before: [string, string] | null; limit: number },
): Promise<InteractionRow[]> {
  let query = db.selectFrom('interactions').selectAll().where('institution_id', '=', filter.institutionId);
  if (filter.partnershipId) query = query.where('partnership_id', '=', filter.partnershipId);
  if (filter.partnerId) {
    const partnerId = filter.partnerId;
    query = query.where('id', 'in', (eb) =>
      eb
        .selectFrom('interaction_partners')
        .select('interaction_id')
        .where('institution_id', '=', filter.institutionId)
        .where('partner_id', '=', partnerId),
    );
  }
  if (page.before) {
    const [occurredAt, id] = page.before;
    query = query.where((eb) =>
      eb.or([
        eb('occurred_at', '<', occurredAt),
        eb.and([eb('occurred_at', '=', occurredAt), eb('id', '<', id)]),
      ]),
    );
  }
  return query
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(page.limit + 1)
    .execute();
}

/** Replaces the kinds of link given; a kind left out keeps its links. */
export async function replaceInteractionLinks(
  db: Db,
  institutionId: string,
  interactionId: string,
  links: { partnerIds?: string[] | undefined; contactIds?: string[] | undefined },
): Promise<void> {
  if (links.partnerIds)
    await db
      .deleteFrom('interaction_partners')
      .where('institution_id', '=', institutionId)
      .where('interaction_id', '=', interactionId)
      .execute();
  if (links.contactIds)
    await db
      .deleteFrom('interaction_contacts')
      .where('institution_id', '=', institutionId)
      .where('interaction_id', '=', interactionId)
      .execute();
  await insertInteractionLinks(db, institutionId, interactionId, links);
}

/** The links of an interaction that has none yet (a new one, or after `replaceInteractionLinks` cleared them). */
export async function insertInteractionLinks(
  db: Db,
  institutionId: string,
  interactionId: string,
  links: { partnerIds?: string[] | undefined; contactIds?: string[] | undefined },
): Promise<void> {
  if (links.partnerIds && links.partnerIds.length > 0)
    await db
      .insertInto('interaction_partners')
      .values(
        links.partnerIds.map((partnerId) => ({
          institution_id: institutionId,
          interaction_id: interactionId,
          partner_id: partnerId,
        })),
      )
      .execute();
  if (links.contactIds && links.contactIds.length > 0)
    await db
      .insertInto('interaction_contacts')
      .values(
        links.contactIds.map((contactId) => ({
          institution_id: institutionId,
          interaction_id: interactionId,
          contact_id: contactId,
        })),
      )
      .execute();
}

export type NamedLink = { interaction_id: string; id: string; name: string };

/** Partners and still-recorded contact persons of each interaction, with names. */
export async function listInteractionLinks(
  db: Db,
  institutionId: string,
  interactionIds: string[],
): Promise<{ partners: NamedLink[]; contacts: NamedLink[] }> {
  if (interactionIds.length === 0) return { partners: [], contacts: [] };
  const [partners, contacts] = await Promise.all([
    db
      .selectFrom('interaction_partners')
      .innerJoin('partners', 'partners.id', 'interaction_partners.partner_id')
      .select(['interaction_partners.interaction_id', 'partners.id', 'partners.name'])
      .where('interaction_partners.institution_id', '=', institutionId)
      .where('interaction_partners.interaction_id', 'in', interactionIds)
      .orderBy('partners.name_key')
      .orderBy('partners.id')
      .execute(),
    db
      .selectFrom('interaction_contacts')
      .innerJoin('partner_contacts', 'partner_contacts.id', 'interaction_contacts.contact_id')
      .select(['interaction_contacts.interaction_id', 'partner_contacts.id', 'partner_contacts.name'])
      .where('interaction_contacts.institution_id', '=', institutionId)
      .where('partner_contacts.institution_id', '=', institutionId)
      .where('interaction_contacts.interaction_id', 'in', interactionIds)
      .orderBy('partner_contacts.name')
      .orderBy('partner_contacts.id')
      .execute(),
  ]);
  return { partners, contacts };
}
