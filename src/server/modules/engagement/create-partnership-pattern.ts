import type { z } from 'zod';
import type {
  createPartnershipPatternRequestSchema,
  PartnershipPatternItem,
} from '../../../shared/contracts/partnership-patterns';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { assertPatternNameFree, freePatternCode, patternSlug } from './partnership-pattern-names';
import { insertPartnershipPatternRow, listPartnershipPatternRows } from './partnership-patterns.repository';

type CreateInput = z.output<typeof createPartnershipPatternRequestSchema>;

/** An institution's own pattern beside the guide's four, coded `custom:<slug>`. */
export async function createPartnershipPattern(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<PartnershipPatternItem> {
  const institutionId = principal.institutionId;
  const slug = patternSlug(input.name);
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const existing = await listPartnershipPatternRows(trx, institutionId);
    assertPatternNameFree(existing, input.name);
    const code = freePatternCode(existing, slug);
    const row = {
      institution_id: institutionId,
      code,
      name: input.name,
      description: input.description ?? null,
      version: 1,
      created_at: now,
      updated_at: now,
    };
    await insertPartnershipPatternRow(trx, row);
    const created = {
      code,
      name: row.name,
      description: row.description,
      builtIn: false,
      partnershipCount: 0,
      version: 1,
    };
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'partnership_pattern.created',
        entityType: 'partnership_pattern',
        entityId: code,
        after: created,
      },
    );
    return created;
  });
}
