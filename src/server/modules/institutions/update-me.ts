import type { Locale } from '../../../shared/contracts/auth';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { setUserLocale } from './users.repository';

export async function updateMyLocale(
  deps: AppDeps,
  principal: Principal,
  locale: Locale,
  requestId: string,
): Promise<Principal> {
  if (locale === principal.locale) return principal;
  await deps.db.transaction().execute(async (trx) => {
    await setUserLocale(
      trx,
      principal.institutionId,
      principal.userId,
      locale,
      deps.clock.now().toISOString(),
    );
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId: principal.institutionId,
        action: 'user.locale_changed',
        entityType: 'user',
        entityId: principal.userId,
        before: { locale: principal.locale },
        after: { locale },
      },
    );
  });
  return { ...principal, locale };
}
