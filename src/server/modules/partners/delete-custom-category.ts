import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import {
  countPartnersByCustomCategory,
  deleteCustomCategoryRow,
  findCustomCategoryRow,
} from './partner-categories.repository';

/**
 * Deletes an institution category that no partner uses. One in use is refused with the count, so
 * the user knows how many partners to re-file first; a partner never loses its category silently.
 */
export async function deleteCustomCategory(
  deps: AppDeps,
  principal: Principal,
  code: string,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const before = await findCustomCategoryRow(trx, institutionId, code);
    if (!before) throw new AppError('CATEGORY_NOT_FOUND');
    const partnerCount = (await countPartnersByCustomCategory(trx, institutionId, [code])).get(code) ?? 0;
    if (partnerCount > 0) throw new AppError('CATEGORY_IN_USE', { partnerCount });
    await deleteCustomCategoryRow(trx, institutionId, code);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partner_category.deleted',
        entityType: 'partner_category',
        entityId: code,
        before,
      },
    );
  });
}
