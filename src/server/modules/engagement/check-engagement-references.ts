import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { isAssignableFacilitator } from '../institutions/index';
import { findOwnContacts, findOwnPartnerIds, findOwnUserIds } from './engagement-references.repository';

function problem(path: string[], message: string): AppError {
  return new AppError('VALIDATION_FAILED', [{ path: ['body', ...path], code: 'custom', message }]);
}

/** Another institution's partner is "not found", exactly like a missing one. */
export async function checkPartners(db: Db, institutionId: string, ids: string[]): Promise<void> {
  const own = await findOwnPartnerIds(db, institutionId, ids);
  const missing = ids.filter((id) => !own.has(id));
  if (missing.length > 0) throw new AppError('PARTNER_NOT_FOUND', { partnerIds: missing });
}

/** Contact persons must be the institution's and belong to one of the interaction's partners. */
export async function checkContacts(
  db: Db,
  institutionId: string,
  contactIds: string[],
  partnerIds: string[],
): Promise<void> {
  const found = await findOwnContacts(db, institutionId, contactIds);
  const missing = contactIds.filter((id) => !found.some((contact) => contact.id === id));
  if (missing.length > 0) throw new AppError('CONTACT_NOT_FOUND', { contactIds: missing });
  if (found.some((contact) => !partnerIds.includes(contact.partner_id)))
    throw problem(['contactIds'], 'CONTACT_NOT_OF_PARTNERS');
}

export async function checkStaff(db: Db, institutionId: string, userIds: string[]): Promise<void> {
  const own = await findOwnUserIds(db, institutionId, userIds);
  const missing = userIds.filter((id) => !own.has(id));
  if (missing.length > 0) throw new AppError('USER_NOT_FOUND', { userIds: missing });
}

export async function checkFacilitator(
  db: Db,
  institutionId: string,
  userId: string | null | undefined,
): Promise<void> {
  if (!userId) return;
  if (!(await isAssignableFacilitator(db, institutionId, userId)))
    throw problem(['facilitatorUserId'], 'FACILITATOR_INVALID');
}
