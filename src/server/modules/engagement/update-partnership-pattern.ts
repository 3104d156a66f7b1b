import type { z } from 'zod';
import type {
  PartnershipPatternItem,
  updatePartnershipPatternRequestSchema,
} from '../../../shared/contracts/partnership-patterns';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { toNameKey } from '../partners/index';
import { assertPatternNameFree, patternNameNeedsLetters } from './partnership-pattern-names';
import {
  countPartnershipsByPattern,
  listPartnershipPatternRows,
  updatePartnershipPatternRow,
  type PartnershipPatternRow,
} from './partnership-patterns.repository';

type UpdateInput = z.output<typeof updatePartnershipPatternRequestSchema>;

function toItem(row: PartnershipPatternRow, partnershipCount: number): PartnershipPatternItem {
  const { code, name, description, version } = row;
  return { code, name, description, builtIn: false, partnershipCount, version };
}

/**
 * Renames or re-describes an institution pattern. The code stays, so every partnership that
 * follows it keeps it; a stale `version` is 409.
 */
export async function updatePartnershipPattern(
  deps: AppDeps,
  principal: Principal,
  code: string,
  input: UpdateInput,
  requestId: string,
): Promise<PartnershipPatternItem> {
  if (input.name !== undefined && toNameKey(input.name).replace(/ /g, '').length < 2)
    throw patternNameNeedsLetters();
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const existing = await listPartnershipPatternRows(trx, institutionId);
    const beforeRow = existing.find((row) => row.code === code);
    if (!beforeRow) throw new AppError('PATTERN_NOT_FOUND');
    if (input.name !== undefined) assertPatternNameFree(existing, input.name, code);
    const changed = await updatePartnershipPatternRow(
      trx,
      { institutionId, code, version: input.version },
      {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        updated_at: deps.clock.now().toISOString(),
      },
    );
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: beforeRow.version });
    const count = (await countPartnershipsByPattern(trx, institutionId, [code])).get(code) ?? 0;
    const before = toItem(beforeRow, count);
    const after = toItem(
      (await listPartnershipPatternRows(trx, institutionId)).find((row) => row.code === code) ?? beforeRow,
      count,
    );
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partnership_pattern.updated',
        entityType: 'partnership_pattern',
        entityId: code,
        before,
        after,
      },
    );
    return after;
  });
}
