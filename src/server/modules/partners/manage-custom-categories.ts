import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import {
  findCustomCategoryRow,
  insertCustomCategoryRow,
  listCustomCategoryRows,
} from './partner-categories.repository';
import { toNameKey } from './partner-mappers';

export function listCustomCategories(deps: AppDeps, principal: Principal) {
  return listCustomCategoryRows(deps.db, principal.institutionId);
}

/** An institution's own category beside the guide's five, coded `custom:<slug>`. */
export async function createCustomCategory(
  deps: AppDeps,
  principal: Principal,
  name: string,
  requestId: string,
) {
  const slug = toNameKey(name).replace(/ /g, '-').slice(0, 40);
  if (slug.length < 2)
    throw new AppError('VALIDATION_FAILED', [
      { path: ['body', 'name'], code: 'custom', message: 'NAME_NEEDS_LETTERS' },
    ]);
  const code = `custom:${slug}`;
  return deps.db.transaction().execute(async (trx) => {
    if (await findCustomCategoryRow(trx, principal.institutionId, code))
      throw new AppError('CATEGORY_EXISTS');
    await insertCustomCategoryRow(trx, {
      institution_id: principal.institutionId,
      code,
      name,
      created_at: deps.clock.now().toISOString(),
    });
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: principal.institutionId,
        action: 'partner_category.created',
        entityType: 'partner_category',
        entityId: code,
        after: { code, name },
      },
    );
    return { code, name };
  });
}
