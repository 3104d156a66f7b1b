import type { PartnershipFacts } from '../../../shared/domain/partnership-stages';
import type { Db } from '../../db/database';

/**
 * Facts of later steps come from the modules that record them (work plans, agreements), which
 * themselves reach engagement for the partnership. So that the dependency points one way, those
 * modules hand engagement a reader, wired once in the composition root (app.ts).
 */
export type PartnershipFactSource = (
  db: Db,
  institutionId: string,
  partnershipId: string,
) => Promise<Partial<PartnershipFacts>>;

const sources = new Set<PartnershipFactSource>();

export function registerPartnershipFactSource(source: PartnershipFactSource): void {
  sources.add(source);
}

export async function readRegisteredFacts(
  db: Db,
  institutionId: string,
  partnershipId: string,
): Promise<Partial<PartnershipFacts>> {
  let facts: Partial<PartnershipFacts> = {};
  for (const source of sources) facts = { ...facts, ...(await source(db, institutionId, partnershipId)) };
  return facts;
}
