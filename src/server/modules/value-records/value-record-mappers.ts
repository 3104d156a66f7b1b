import type { ValueRecord } from '../../../shared/contracts/value-records';
import type { ValueCategory, ValueRecordKind } from '../../../shared/domain/care-vocabulary';
import type { ValueRecordRow } from './value-records.repository';

export function toValueRecord(row: ValueRecordRow): ValueRecord {
  return {
    id: row.id,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    kind: row.kind as ValueRecordKind,
    category: row.category as ValueCategory,
    title: row.title,
    description: row.description,
    givenOn: row.given_on,
    version: row.version,
    createdByUserId: row.created_by_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
