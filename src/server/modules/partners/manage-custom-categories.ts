import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import {
  countPartnersByCustomCategory,
  insertCustomCategoryRow,
  listCustomCategoryRows,
} from './partner-categories.repository';
import { toNameKey } from './partner-mappers';

/** The institution's own categories, each with how many partners use it (what a delete would hit). */
export async function listCustomCategories(deps: AppDeps, principal: Principal) {
  const [rows, counts] = await Promise.all([
    listCustomCategoryRows(deps.db, principal.institutionId),
    countPartnersByCustomCategory(deps.db, principal.institutionId),
  ]);
  return rows.map((row) => ({ ...row, partnerCount: counts.get(row.code) ?? 0 }));
}

export function nameNeedsLetters(): AppError {
  return new AppError('VALIDATION_FAILED', [
    { path: ['body', 'name'], code: 'custom', message: 'NAME_NEEDS_LETTERS' },
  ]);
}

/** Two categories whose names differ only in case or punctuation would read as one in a list. */
export function assertNameFree(existing: { code: string; name: string }[], name: string, ownCode?: string) {
  const key = toNameKey(name);
  if (existing.some((row) => row.code !== ownCode && toNameKey(row.name) === key))
    throw new AppError('CATEGORY_EXISTS');
}

/** A code no category of the institution holds, even one renamed since: `slug`, then `slug-2`, … */
function freeCode(existing: { code: string }[], slug: string): string {
  const taken = new Set(existing.map((row) => row.code));
  if (!taken.has(`custom:${slug}`)) return `custom:${slug}`;
  for (let n = 2; ; n += 1) {
    const code = `custom:${slug.slice(0, 36)}-${n}`;
    if (!taken.has(code)) return code;
  }
}

/** An institution's own category beside the guide's five, coded `custom:<slug>`. */
export async function createCustomCategory(
  deps: AppDeps,
  principal: Principal,
  name: string,
  requestId: string,
) {
  const slug = toNameKey(name).replace(/ /g, '-').slice(0, 40).replace(/-+$/, '');
  if (slug.length < 2) throw nameNeedsLetters();
  return deps.db.transaction().execute(async (trx) => {
    const existing = await listCustomCategoryRows(trx, principal.institutionId);
    assertNameFree(existing, name);
    const code = freeCode(existing, slug);
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
