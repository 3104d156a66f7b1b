import { isWithinRegion } from '../../../shared/domain/region-code';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import type { Db } from '../../db/database';
import { findInstitutionRow, type InstitutionRow, type InstitutionScope } from './institutions.repository';

/** Which institutions a principal may read: its own; all for admin; its regions' for a supervisor. */
export function readableInstitutionScope(principal: Principal): InstitutionScope {
  if (principal.role === 'admin') return { institutionIds: null, regionPrefixes: [] };
  if (principal.role === 'supervisor') {
    return { institutionIds: [principal.institutionId], regionPrefixes: principal.supervisedRegionCodes };
  }
  return { institutionIds: [principal.institutionId], regionPrefixes: [] };
}

export function canReadInstitution(
  principal: Principal,
  institution: Pick<InstitutionRow, 'id' | 'region_code'>,
): boolean {
  if (principal.role === 'admin' || principal.institutionId === institution.id) return true;
  if (principal.role !== 'supervisor' || !institution.region_code) return false;
  const regionCode = institution.region_code;
  return principal.supervisedRegionCodes.some((prefix) => isWithinRegion(regionCode, prefix));
}

/** Another institution's record is "not found", exactly like a missing one. */
export async function getReadableInstitution(
  db: Db,
  principal: Principal,
  id: string,
): Promise<InstitutionRow> {
  const row = await findInstitutionRow(db, id);
  if (!row || !canReadInstitution(principal, row)) throw new AppError('INSTITUTION_NOT_FOUND');
  return row;
}

/** Writes reach only one's own institution; an admin's reach every one. */
export async function getWritableInstitution(
  db: Db,
  principal: Principal,
  id: string,
): Promise<InstitutionRow> {
  const row = await findInstitutionRow(db, id);
  if (!row || (principal.role !== 'admin' && principal.institutionId !== id)) {
    throw new AppError('INSTITUTION_NOT_FOUND');
  }
  return row;
}
