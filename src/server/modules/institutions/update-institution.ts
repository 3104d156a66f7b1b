import type { z } from 'zod';
import type { Institution, updateInstitutionRequestSchema } from '../../../shared/contracts/institutions';
import type { InstitutionsTable } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { assertRegionCode } from '../regions/index';
import { getWritableInstitution } from './institution-access';
import { toInstitution } from './institution-mappers';
import { findInstitutionRow, updateInstitutionRow } from './institutions.repository';

type UpdateInput = z.output<typeof updateInstitutionRequestSchema>;

const columnByField = {
  name: 'name',
  kind: 'kind',
  npsn: 'npsn',
  address: 'address',
  regionCode: 'region_code',
  timeZone: 'time_zone',
  operatingLicenceNumber: 'operating_licence_number',
  operatingLicenceIssuedOn: 'operating_licence_issued_on',
  accreditationBody: 'accreditation_body',
  accreditationGrade: 'accreditation_grade',
  accreditationDecreeNumber: 'accreditation_decree_number',
  accreditationExpiresOn: 'accreditation_expires_on',
  unitCode: 'unit_code',
  documentNumberPattern: 'document_number_pattern',
  documentLocale: 'document_locale',
  latitude: 'latitude',
  longitude: 'longitude',
} as const satisfies Record<Exclude<keyof UpdateInput, 'version'>, keyof InstitutionsTable>;

export async function updateInstitution(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: UpdateInput,
  requestId: string,
): Promise<Institution> {
  if (input.regionCode) await assertRegionCode(deps.db, input.regionCode, { path: ['body', 'regionCode'] });
  return deps.db.transaction().execute(async (trx) => {
    const before = await getWritableInstitution(trx, principal, id);
    const changes: Record<string, unknown> = { updated_at: deps.clock.now().toISOString() };
    for (const [field, column] of Object.entries(columnByField)) {
      const value = input[field as keyof typeof columnByField];
      if (value !== undefined) changes[column] = value;
    }
    const updated = await updateInstitutionRow(trx, id, input.version, changes);
    if (!updated) throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    const after = toInstitution((await findInstitutionRow(trx, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: id,
        action: 'institution.updated',
        entityType: 'institution',
        entityId: id,
        before: toInstitution(before),
        after,
      },
    );
    return after;
  });
}
