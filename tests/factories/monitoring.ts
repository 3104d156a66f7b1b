import type {
  CreateMonitoringVisitRequest,
  CreateProblemRequest,
} from '../../src/shared/contracts/monitoring';
import type { ActivityStatus } from '../../src/shared/domain/activity-vocabulary';
import type { PartnershipStage } from '../../src/shared/domain/partnership-stages';
import type { Db } from '../../src/server/db/database';
import { newId } from '../../src/server/platform/ids';
import { insertActivityRow as insertRow, type ActivityRowFields } from './activity-rows';
import type { Session } from './people';

/** An activity against a plan item (or unplanned), for monitoring's rules to read. */
export function insertActivityRow(
  db: Db,
  key: { institutionId: string; partnershipId: string; workPlanItemId: string | null },
  fields: Omit<ActivityRowFields, 'workPlanItemId'> = {},
): Promise<string> {
  return insertRow(db, key, { ...fields, workPlanItemId: key.workPlanItemId });
}

export async function updateActivityRow(
  db: Db,
  activityId: string,
  fields: { status?: ActivityStatus; endedOn?: string | null; actualQuantity?: number | null },
): Promise<void> {
  await db
    .updateTable('activities')
    .set({
      ...(fields.status ? { status: fields.status } : {}),
      ...(fields.endedOn !== undefined ? { ended_on: fields.endedOn } : {}),
      ...(fields.actualQuantity !== undefined ? { actual_quantity: fields.actualQuantity } : {}),
    })
    .where('id', '=', activityId)
    .execute();
}

/** A photo's evidence row (its file row too; no bytes, since monitoring only counts evidence). */
export async function insertEvidenceRow(db: Db, institutionId: string, activityId: string): Promise<string> {
  const fileId = newId();
  const now = new Date().toISOString();
  await db
    .insertInto('files')
    .values({
      id: fileId,
      institution_id: institutionId,
      purpose: 'activity_evidence',
      original_name: 'foto-kegiatan.jpg',
      media_type: 'image/jpeg',
      size_bytes: 1,
      sha256: '0'.repeat(64),
      storage_key: `test/${fileId}`,
      created_by: null,
      created_at: now,
    })
    .execute();
  const id = newId();
  await db
    .insertInto('activity_evidence')
    .values({
      id,
      institution_id: institutionId,
      activity_id: activityId,
      file_id: fileId,
      kind: 'photo',
      caption: null,
      added_by_side: 'institution',
      contributor_name: null,
      public_link_id: null,
      created_by_user_id: null,
      created_at: now,
    })
    .execute();
  return id;
}

/** Puts a partnership at a later stage directly; the stage gates are engagement's to test. */
export async function setPartnershipStage(
  db: Db,
  partnershipId: string,
  stage: PartnershipStage,
): Promise<void> {
  await db.updateTable('partnerships').set({ stage }).where('id', '=', partnershipId).execute();
}

export function problemBody(overrides: Partial<CreateProblemRequest> = {}): CreateProblemRequest {
  return {
    problem: 'Benang rajut habis di pekan ketiga',
    cause: 'Pemasok terlambat mengirim',
    ownerName: 'Siti Aminah',
    dueOn: '2026-04-15',
    ...overrides,
  };
}

export function visitBody(
  overrides: Partial<CreateMonitoringVisitRequest> = {},
): CreateMonitoringVisitRequest {
  return {
    visitedOn: '2026-04-06',
    place: 'Rumah produksi rajut, Banjarbaru',
    visitors: ['Siti Aminah, Pimpinan LKP', 'Rahmat Hidayat, Fasilitator'],
    partnerAttendees: ['Hj. Rusmini, Pemilik rumah produksi'],
    findings: 'Delapan belas peserta hadir penuh.\nDua mesin rajut rusak ringan.',
    recommendations: 'Servis mesin sebelum angkatan kedua.',
    ...overrides,
  };
}

export async function createProblemVia(
  session: Session,
  partnershipId: string,
  overrides: Partial<CreateProblemRequest> = {},
): Promise<{ id: string; version: number }> {
  const response = await session.request(
    'POST',
    `/api/v1/partnerships/${partnershipId}/problems`,
    problemBody(overrides),
  );
  if (response.statusCode !== 201)
    throw new Error(`problem create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function createVisitVia(
  session: Session,
  partnershipId: string,
  overrides: Partial<CreateMonitoringVisitRequest> = {},
): Promise<{ id: string; version: number }> {
  const response = await session.request(
    'POST',
    `/api/v1/partnerships/${partnershipId}/monitoring-visits`,
    visitBody(overrides),
  );
  if (response.statusCode !== 201)
    throw new Error(`visit create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
