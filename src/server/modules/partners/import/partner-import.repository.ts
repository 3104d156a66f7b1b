import type { Insertable } from 'kysely';
import type { Db } from '../../../db/database';
import type {
  PartnerContactsTable,
  PartnerExchangeItemsTable,
  PartnerSearchTable,
  PartnersTable,
  PartnerTagsTable,
} from '../../../db/schema';

/** What duplicate detection needs of every partner of the institution, in one read. */
export function listPartnerIdentityRows(db: Db, institutionId: string) {
  return db
    .selectFrom('partners')
    .select(['id', 'name', 'regency_code', 'nib', 'npwp', 'import_key'])
    .where('institution_id', '=', institutionId)
    .execute();
}

export function listContactIdentityRows(db: Db, institutionId: string) {
  return db
    .selectFrom('partner_contacts')
    .select(['partner_id', 'phone', 'email'])
    .where('institution_id', '=', institutionId)
    .where((eb) => eb.or([eb('phone', 'is not', null), eb('email', 'is not', null)]))
    .execute();
}

// SQLite allows 32,766 bound values per statement; PostgreSQL 65,535. Chunks stay well below both.
const maxValuesPerStatement = 30_000;

async function insertChunked<T extends object>(
  rows: T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0]!).length;
  const size = Math.max(1, Math.floor(maxValuesPerStatement / perRow));
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}

export interface ImportedRows {
  partners: Insertable<PartnersTable>[];
  contacts: Insertable<PartnerContactsTable>[];
  tags: Insertable<PartnerTagsTable>[];
  exchangeItems: Insertable<PartnerExchangeItemsTable>[];
  search: Insertable<PartnerSearchTable>[];
}

/** Multi-row inserts of a batch of imported partners and everything that hangs off them. */
export async function insertImportedRows(db: Db, rows: ImportedRows): Promise<void> {
  await insertChunked(rows.partners, (chunk) => db.insertInto('partners').values(chunk).execute());
  await insertChunked(rows.contacts, (chunk) => db.insertInto('partner_contacts').values(chunk).execute());
  await insertChunked(rows.tags, (chunk) => db.insertInto('partner_tags').values(chunk).execute());
  await insertChunked(rows.exchangeItems, (chunk) =>
    db.insertInto('partner_exchange_items').values(chunk).execute(),
  );
  await insertChunked(rows.search, (chunk) => db.insertInto('partner_search').values(chunk).execute());
}

export function findInstitutionRegionCode(db: Db, institutionId: string) {
  return db
    .selectFrom('institutions')
    .select('region_code')
    .where('id', '=', institutionId)
    .executeTakeFirst();
}
