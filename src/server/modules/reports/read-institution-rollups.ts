import {
  dashboardOutcomeKinds,
  type DashboardOutcomeKind,
  type Period,
} from '../../../shared/contracts/reports';
import type { Db } from '../../db/database';
import { rollupFigures as f } from './rollup-figures';
import { listFiguresOfInstitutions, listRollupStatesOf } from './rollups.repository';

export interface InstitutionRollupFigures {
  partners: number;
  /** In force: active and expiring. */
  activeAgreements: number;
  expiringAgreements: number;
  neglectedPartners: number;
  outcomes: { kind: DashboardOutcomeKind; total: number }[];
  computedAt: string | null;
}

/**
 * The district roll-up's figures of many institutions as stored (no refresh: the refresher keeps
 * them at most 30 s behind): two queries however many institutions.
 */
export async function readInstitutionRollups(
  db: Db,
  institutionIds: string[],
  period: Period,
): Promise<Map<string, InstitutionRollupFigures>> {
  const result = new Map<string, InstitutionRollupFigures>();
  if (institutionIds.length === 0) return result;
  const [figures, states] = await Promise.all([
    listFiguresOfInstitutions(
      db,
      institutionIds,
      [f.partnersTotal, f.agreementsByStatus, f.partnersNeglected, f.outcomeTotal],
      period.from,
      period.to,
    ),
    listRollupStatesOf(db, institutionIds),
  ]);
  const computedAt = new Map(states.map((row) => [row.institution_id, row.computed_at]));
  for (const id of institutionIds) {
    result.set(id, {
      partners: 0,
      activeAgreements: 0,
      expiringAgreements: 0,
      neglectedPartners: 0,
      outcomes: dashboardOutcomeKinds.map((kind) => ({ kind, total: 0 })),
      computedAt: computedAt.get(id) ?? null,
    });
  }
  for (const row of figures) {
    const entry = result.get(row.institution_id);
    if (!entry) continue;
    const value = Number(row.value);
    if (row.figure === f.partnersTotal) entry.partners = value;
    else if (row.figure === f.partnersNeglected) entry.neglectedPartners = value;
    else if (row.figure === f.agreementsByStatus) {
      if (row.dimension === 'active' || row.dimension === 'expiring') entry.activeAgreements += value;
      if (row.dimension === 'expiring') entry.expiringAgreements = value;
    } else if (row.figure === f.outcomeTotal) {
      const outcome = entry.outcomes.find((o) => o.kind === row.dimension);
      if (outcome) outcome.total = value;
    }
  }
  return result;
}
