import type { Me } from '../../../shared/contracts/auth';
import type { InstitutionKind, TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { listPermissions } from '../../../shared/domain/roles';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { findInstitutionRow } from './institutions.repository';

export async function getMe(deps: AppDeps, principal: Principal): Promise<Me> {
  const institution = await findInstitutionRow(deps.db, principal.institutionId);
  if (!institution) throw new AppError('UNAUTHENTICATED');
  return {
    user: {
      id: principal.userId,
      name: principal.userName,
      email: principal.email,
      role: principal.role,
      locale: principal.locale,
    },
    institution: {
      id: institution.id,
      name: institution.name,
      kind: institution.kind as InstitutionKind,
      timeZone: institution.time_zone as TimeZoneCode,
    },
    permissions: listPermissions(principal.role),
    supervisedRegionCodes: principal.supervisedRegionCodes,
    csrfToken: principal.csrfToken,
  };
}
