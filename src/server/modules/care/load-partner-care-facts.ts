import type { DeviationSeverity } from '../../../shared/domain/monitoring-vocabulary';
import type { PartnershipStage } from '../../../shared/domain/partnership-stages';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import { listDeviations, monitoredStages } from '../monitoring/index';
import {
  listActiveAgreementRows,
  listCarePartnerRows,
  listLastContactRows,
  listOpenProblemRows,
  listPartnershipStageRows,
  listSatisfactionRows,
  type CarePartnerRow,
  type PartnerScope,
} from './care.repository';
import { partnerCadenceStage } from './partner-stage';

/** What the cadence needs about a partner (the agenda reads only this). */
export interface PartnerContactFacts {
  partner: CarePartnerRow;
  stage: PartnershipStage | null;
  lastContactAt: string | null;
}

/** Everything the health score reads about a partner. */
export interface PartnerCareFacts extends PartnerContactFacts {
  activeAgreementEndsOn: string[];
  satisfactionScores: number[];
  openProblemDueDates: (string | null)[];
  /** null: none of its partnerships is being carried out. */
  deliveryDeviations: DeviationSeverity[] | null;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** Partners, their stage and last contact: three queries however many partners, asked together. */
export async function loadPartnerContactFacts(db: Db, scope: PartnerScope): Promise<PartnerContactFacts[]> {
  const [partners, contacts, stages] = await Promise.all([
    listCarePartnerRows(db, scope),
    listLastContactRows(db, scope),
    listPartnershipStageRows(db, scope),
  ]);
  return contactFactsOf(partners, contacts, stages);
}

function contactFactsOf(
  partners: CarePartnerRow[],
  contacts: Awaited<ReturnType<typeof listLastContactRows>>,
  stages: Awaited<ReturnType<typeof listPartnershipStageRows>>,
): PartnerContactFacts[] {
  const last = new Map(contacts.map((row) => [row.partner_id, row.last_at]));
  const stagesOf = new Map<string, string[]>();
  for (const row of stages) push(stagesOf, row.partner_id, row.stage);
  return partners.map((partner) => ({
    partner,
    stage: partnerCadenceStage(stagesOf.get(partner.id) ?? []),
    lastContactAt: last.get(partner.id) ?? null,
  }));
}

/** The contact facts plus agreements, feedback, problems and deviations, a fixed number of queries. */
export async function loadPartnerCareFacts(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  scope: PartnerScope,
): Promise<PartnerCareFacts[]> {
  const yearAgo = new Date(deps.clock.now().getTime() - 365 * 86_400_000).toISOString();
  // The stages serve both the contact facts and the deliveries: read once.
  const [partners, contacts, stages, agreements, satisfaction, problems, deviations] = await Promise.all([
    listCarePartnerRows(deps.db, scope),
    listLastContactRows(deps.db, scope),
    listPartnershipStageRows(deps.db, scope),
    listActiveAgreementRows(deps.db, scope),
    listSatisfactionRows(deps.db, scope, yearAgo),
    listOpenProblemRows(deps.db, scope),
    scope.partnerIds?.length === 0 ? null : listDeviations(deps, scope.institutionId, {}),
  ]);
  const base = contactFactsOf(partners, contacts, stages);
  const endsOn = new Map<string, string[]>();
  for (const row of agreements) push(endsOn, row.partner_id, row.ends_on);
  const scores = new Map<string, number[]>();
  for (const row of satisfaction) push(scores, row.partner_id, row.satisfaction!);
  const problemDue = new Map<string, (string | null)[]>();
  for (const row of problems) push(problemDue, row.partner_id, row.due_on);
  const severities = new Map<string, DeviationSeverity[]>();
  for (const deviation of deviations?.items ?? [])
    push(severities, deviation.partnership.id, deviation.severity);
  const running = new Map<string, DeviationSeverity[]>();
  for (const row of stages) {
    if (!(monitoredStages as readonly string[]).includes(row.stage)) continue;
    running.set(row.partner_id, [
      ...(running.get(row.partner_id) ?? []),
      ...(severities.get(row.partnership_id) ?? []),
    ]);
  }
  return base.map((facts) => ({
    ...facts,
    activeAgreementEndsOn: endsOn.get(facts.partner.id) ?? [],
    satisfactionScores: scores.get(facts.partner.id) ?? [],
    openProblemDueDates: problemDue.get(facts.partner.id) ?? [],
    deliveryDeviations: running.get(facts.partner.id) ?? null,
  }));
}
