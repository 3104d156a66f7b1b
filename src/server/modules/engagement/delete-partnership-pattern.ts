import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import {
  countPartnershipsByPattern,
  deletePartnershipPatternRow,
  findPartnershipPatternRow,
} from './partnership-patterns.repository';

/**
 * Deletes an institution pattern no partnership follows. One in use is refused with the count, so
 * no partnership loses its pattern silently; the user re-files those partnerships first.
 */
export async function deletePartnershipPattern(
  deps: AppDeps,
  principal: Principal,
  code: string,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const before = await findPartnershipPatternRow(trx, institutionId, code);
    if (!before) throw new AppError('PATTERN_NOT_FOUND');
    const partnershipCount = (await countPartnershipsByPattern(trx, institutionId, [code])).get(code) ?? 0;
    if (partnershipCount > 0) throw new AppError('PATTERN_IN_USE', { partnershipCount });
    await deletePartnershipPatternRow(trx, institutionId, code);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partnership_pattern.deleted',
        entityType: 'partnership_pattern',
        entityId: code,
        before: {
          code: before.code,
          name: before.name,
          description: before.description,
          version: before.version,
        },
      },
    );
  });
}
