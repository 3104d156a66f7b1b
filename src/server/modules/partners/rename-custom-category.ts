import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { assertNameFree, nameNeedsLetters } from './manage-custom-categories';
import { listCustomCategoryRows, updateCustomCategoryName } from './partner-categories.repository';
import { toNameKey } from './partner-mappers';

/**
 * Renames an institution category. The code stays, so every partner filed under it keeps its
 * category; a name is a label without a version, so the last rename wins.
 */
export async function renameCustomCategory(
  deps: AppDeps,
  principal: Principal,
  code: string,
  name: string,
  requestId: string,
) {
  if (toNameKey(name).replace(/ /g, '').length < 2) throw nameNeedsLetters();
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const existing = await listCustomCategoryRows(trx, institutionId);
    const before = existing.find((row) => row.code === code);
    if (!before) throw new AppError('CATEGORY_NOT_FOUND');
    assertNameFree(existing, name, code);
    await updateCustomCategoryName(trx, institutionId, code, name);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partner_category.renamed',
        entityType: 'partner_category',
        entityId: code,
        before,
        after: { code, name },
      },
    );
    return { code, name };
  });
}
