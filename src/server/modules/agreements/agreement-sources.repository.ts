import type { Selectable } from 'kysely';
import type { Db } from '../../db/database';
import type { PartnersTable } from '../../db/schema';

export type PartnerSourceRow = Pick<
  Selectable<PartnersTable>,
  'id' | 'name' | 'address' | 'region_code' | 'nib' | 'npwp' | 'cooperative_legal_number'
>;

export function findPartnershipSource(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<{ id: string; name: string; programme: string | null; pattern: string | null } | undefined> {
  return db
    .selectFrom('partnerships')
    .select(['id', 'name', 'programme', 'pattern'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnershipId)
    .executeTakeFirst();
}

export async function isPartnerInPartnership(
  db: Db,
  institutionId: string,
  partnershipId: string,
  partnerId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('partnership_partners')
    .select('partner_id')
    .where('institution_id', '=', institutionId)
    .where('partnership_id', '=', partnershipId)
    .where('partner_id', '=', partnerId)
    .executeTakeFirst();
  return Boolean(row);
}

export function findPartnerSource(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<PartnerSourceRow | undefined> {
  return db
    .selectFrom('partners')
    .select(['id', 'name', 'address', 'region_code', 'nib', 'npwp', 'cooperative_legal_number'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
}

export async function findRegionName(db: Db, code: string): Promise<string | null> {
  const row = await db.selectFrom('regions').select('name').where('code', '=', code).executeTakeFirst();
  return row?.name ?? null;
}

export async function findCustomPatternName(
  db: Db,
  institutionId: string,
  code: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('partnership_patterns')
    .select('name')
    .where('institution_id', '=', institutionId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row?.name ?? null;
}

export function findStoredFile(
  db: Db,
  institutionId: string,
  fileId: string,
): Promise<{ storage_key: string; media_type: string } | undefined> {
  return db
    .selectFrom('files')
    .select(['storage_key', 'media_type'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', fileId)
    .executeTakeFirst();
}
