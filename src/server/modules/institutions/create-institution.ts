import type { z } from 'zod';
import type { createInstitutionRequestSchema, Institution } from '../../../shared/contracts/institutions';
import { defaultDocumentNumberPattern } from '../../../shared/domain/institution-kinds';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit, type AuditOrigin } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { assertRegionCode } from '../regions/index';
import { toInstitution } from './institution-mappers';
import { findInstitutionRow, insertInstitutionRow } from './institutions.repository';

type ParsedCreateInstitution = z.output<typeof createInstitutionRequestSchema>;
export type CreateInstitutionInput = Pick<ParsedCreateInstitution, 'name' | 'kind' | 'timeZone'> &
  Partial<ParsedCreateInstitution>;

/** Inserts an institution and its audit row inside the caller's transaction. */
export async function insertInstitution(
  trx: Parameters<typeof writeAudit>[0],
  deps: AppDeps,
  origin: AuditOrigin,
  input: CreateInstitutionInput,
): Promise<Institution> {
  const now = deps.clock.now().toISOString();
  const id = newId();
  await insertInstitutionRow(trx, {
    id,
    name: input.name,
    kind: input.kind,
    npsn: input.npsn ?? null,
    address: input.address ?? null,
    region_code: input.regionCode ?? null,
    time_zone: input.timeZone,
    operating_licence_number: input.operatingLicenceNumber ?? null,
    operating_licence_issued_on: input.operatingLicenceIssuedOn ?? null,
    accreditation_body: input.accreditationBody ?? null,
    accreditation_grade: input.accreditationGrade ?? null,
    accreditation_decree_number: input.accreditationDecreeNumber ?? null,
    accreditation_expires_on: input.accreditationExpiresOn ?? null,
    unit_code: input.unitCode ?? null,
    document_number_pattern: input.documentNumberPattern ?? defaultDocumentNumberPattern,
    document_locale: input.documentLocale ?? 'id',
    logo_file_id: null,
    version: 1,
    created_at: now,
    updated_at: now,
  });
  const institution = toInstitution((await findInstitutionRow(trx, id))!);
  await writeAudit(trx, deps, origin, {
    institutionId: id,
    action: 'institution.created',
    entityType: 'institution',
    entityId: id,
    after: institution,
  });
  return institution;
}

export async function createInstitution(
  deps: AppDeps,
  origin: AuditOrigin,
  input: CreateInstitutionInput,
): Promise<Institution> {
  if (input.regionCode) await assertRegionCode(deps.db, input.regionCode, { path: ['body', 'regionCode'] });
  return deps.db.transaction().execute((trx) => insertInstitution(trx, deps, origin, input));
}
