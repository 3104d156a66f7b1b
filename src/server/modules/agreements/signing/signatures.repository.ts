import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Db } from '../../../db/database';
import type {
  AgreementMeteraiNotesTable,
  AgreementSignaturesTable,
  AgreementsTable,
} from '../../../db/schema';

export type AgreementSignatureRow = Selectable<AgreementSignaturesTable>;
export type MeteraiNoteRow = Selectable<AgreementMeteraiNotesTable>;

export async function listAgreementSignatureRows(
  db: Db,
  institutionId: string,
  agreementId: string,
): Promise<AgreementSignatureRow[]> {
  return db
    .selectFrom('agreement_signatures')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('agreement_id', '=', agreementId)
    .orderBy('signed_at')
    .orderBy('id')
    .execute();
}

export async function listMeteraiNoteRows(
  db: Db,
  institutionId: string,
  agreementId: string,
): Promise<MeteraiNoteRow[]> {
  return db
    .selectFrom('agreement_meterai_notes')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('agreement_id', '=', agreementId)
    .orderBy('recorded_at')
    .orderBy('id')
    .execute();
}

export type SigningAgreementRow = Selectable<AgreementsTable>;

export function findSigningAgreementRow(
  db: Db,
  institutionId: string,
  agreementId: string,
): Promise<SigningAgreementRow | undefined> {
  return db
    .selectFrom('agreements')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('id', '=', agreementId)
    .executeTakeFirst();
}

export function findAgreementSignatureRow(
  db: Db,
  institutionId: string,
  agreementId: string,
  signatureId: string,
): Promise<AgreementSignatureRow | undefined> {
  return db
    .selectFrom('agreement_signatures')
    .selectAll()
    .where('institution_id', '=', institutionId)
    .where('agreement_id', '=', agreementId)
    .where('id', '=', signatureId)
    .executeTakeFirst();
}

export async function insertAgreementSignatureRow(
  db: Db,
  row: Insertable<AgreementSignaturesTable>,
): Promise<void> {
  await db.insertInto('agreement_signatures').values(row).execute();
}

export async function insertMeteraiNoteRow(
  db: Db,
  row: Insertable<AgreementMeteraiNotesTable>,
): Promise<void> {
  await db.insertInto('agreement_meterai_notes').values(row).execute();
}

/**
 * Writes the agreement row only if nobody changed it since `expectedVersion` was read, bumping the
 * version; false when another request came first.
 */
export async function updateSigningAgreementRow(
  db: Db,
  institutionId: string,
  agreementId: string,
  expectedVersion: number,
  patch: Updateable<AgreementsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('agreements')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('institution_id', '=', institutionId)
    .where('id', '=', agreementId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whose names a signing link and its message carry. */
export async function findSigningPartyNames(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<{ institutionName: string; partnerName: string }> {
  const institution = await db
    .selectFrom('institutions')
    .select('name')
    .where('id', '=', institutionId)
    .executeTakeFirst();
  const partner = await db
    .selectFrom('partners')
    .select('name')
    .where('institution_id', '=', institutionId)
    .where('id', '=', partnerId)
    .executeTakeFirst();
  return { institutionName: institution?.name ?? '', partnerName: partner?.name ?? '' };
}

export function findSigningFile(
  db: Db,
  institutionId: string,
  fileId: string,
): Promise<{ storage_key: string; media_type: string; original_name: string; sha256: string } | undefined> {
  return db
    .selectFrom('files')
    .select(['storage_key', 'media_type', 'original_name', 'sha256'])
    .where('institution_id', '=', institutionId)
    .where('id', '=', fileId)
    .executeTakeFirst();
}
