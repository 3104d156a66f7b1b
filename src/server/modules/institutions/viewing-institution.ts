import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import { canReadInstitution } from './institution-access';
import { findInstitutionRow } from './institutions.repository';

export const viewingInstitutionHeader = 'x-jalin-institution';
const readMethods = new Set(['GET', 'HEAD']);

/**
 * The district drill-down (docs/domain/dashboard.md): a read carrying `X-Jalin-Institution`
 * answers as for that institution, so every list and the dashboard work unchanged for a
 * supervisor of its region. Only the institution changes; role and permissions stay the
 * caller's. A write with the header is refused outright, never quietly sent to the caller's own
 * institution. The rule is the same for every role: a manager's header names only its own
 * institution (a no-op) or is "not found", like any institution it may not read.
 */
export async function applyViewingInstitution(
  db: Db,
  request: FastifyRequest,
  principal: Principal,
): Promise<Principal> {
  const raw = request.headers[viewingInstitutionHeader];
  if (raw === undefined) return principal;
  if (!readMethods.has(request.method)) throw new AppError('VIEWING_INSTITUTION_READ_ONLY');
  const id = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  if (id === '' || id === principal.institutionId) return principal;
  const institution = await findInstitutionRow(db, id);
  if (!institution || !canReadInstitution(principal, institution))
    throw new AppError('INSTITUTION_NOT_FOUND');
  return { ...principal, institutionId: institution.id };
}
