import type { PartnershipPatternItem } from '../../../shared/contracts/partnership-patterns';
import { builtInPatterns } from '../../../shared/domain/partnership-stages';
import { id as indonesian } from '../../../shared/i18n/id';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { countPartnershipsByPattern, listPartnershipPatternRows } from './partnership-patterns.repository';

/**
 * The guide's four (named in Indonesian, the API's reference language; the UI shows its own
 * catalog's words for them) and then the institution's own, each with its partnership count.
 */
export async function listPartnershipPatterns(
  deps: AppDeps,
  principal: Principal,
): Promise<{ items: PartnershipPatternItem[] }> {
  const [rows, counts] = await Promise.all([
    listPartnershipPatternRows(deps.db, principal.institutionId),
    countPartnershipsByPattern(deps.db, principal.institutionId),
  ]);
  return {
    items: [
      ...builtInPatterns.map((code) => ({
        code,
        name: indonesian.partnershipPatterns[code],
        description: indonesian.partnershipPatternDescriptions[code],
        builtIn: true,
        partnershipCount: counts.get(code) ?? 0,
        version: null,
      })),
      ...rows.map((row) => ({
        code: row.code,
        name: row.name,
        description: row.description,
        builtIn: false,
        partnershipCount: counts.get(row.code) ?? 0,
        version: row.version,
      })),
    ],
  };
}
