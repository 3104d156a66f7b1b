import { dashboardOutcomeKinds } from '../../../shared/contracts/reports';
import { activityReferenceDate, activityTimeliness } from '../../../shared/domain/activity-timeliness';
import { displayAgreementStatus } from '../../../shared/domain/agreement-status';
import type { TimeZoneCode } from '../../../shared/domain/institution-kinds';
import { localDateOf } from '../../../shared/domain/local-date';
import { stepStages } from '../../../shared/domain/partnership-stages';
import type { AppDeps } from '../../platform/app-deps';
import { summarizePartnerCare } from '../care/index';
import { rollupFigures as f } from './rollup-figures';
import {
  countActiveAgreementsByEnd,
  countPartnersByCategoryAndRegency,
  groupActivityFacts,
  groupAnsweredFeedback,
  listPartnershipStageRows,
  listPartnerStagePatternRows,
  listStageEventRows,
  type RollupFigureRow,
} from './rollups.repository';

type Figure = Omit<RollupFigureRow, 'institution_id'>;

/** Adds values under (figure, dimension, month), so rows grouped finer than a figure fold into it. */
class FigureSink {
  private readonly values = new Map<string, Figure>();
  add(figure: string, dimension: string, month: string, value: number): void {
    const key = `${figure}\u0000${dimension}\u0000${month}`;
    const row = this.values.get(key);
    if (row) row.value = Number(row.value) + value;
    else this.values.set(key, { figure, dimension, month, value });
  }
  rows(institutionId: string): RollupFigureRow[] {
    return [...this.values.values()].map((row) => ({ ...row, institution_id: institutionId }));
  }
}

const stepIndex = new Map<string, number>(stepStages.map((stage, i) => [stage, i]));
const outcomeKinds = new Set<string>(dashboardOutcomeKinds);
const dayMs = 86_400_000;

async function addPartnerFigures(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  institutionId: string,
  sink: FigureSink,
) {
  const [byCategory, stagePatterns, care] = await Promise.all([
    countPartnersByCategoryAndRegency(deps.db, institutionId),
    listPartnerStagePatternRows(deps.db, institutionId),
    summarizePartnerCare(deps, institutionId),
  ]);
  for (const row of byCategory) {
    const n = Number(row.n);
    sink.add(f.partnersTotal, '', '', n);
    sink.add(f.partnersByCategory, row.category, '', n);
    sink.add(f.partnersByRegion, row.regency_code, '', n);
  }
  // A partner counts once per stage (and pattern) however many partnerships put it there.
  const stages = new Set<string>();
  const patterns = new Set<string>();
  for (const row of stagePatterns) {
    stages.add(`${row.stage}\u0000${row.partner_id}`);
    if (row.pattern) patterns.add(`${row.pattern}\u0000${row.partner_id}`);
  }
  for (const key of stages) sink.add(f.partnersByStage, key.split('\u0000')[0]!, '', 1);
  for (const key of patterns) sink.add(f.partnersByPattern, key.split('\u0000')[0]!, '', 1);
  for (const [band, n] of Object.entries(care.byHealth)) sink.add(f.partnersByHealth, band, '', n);
  sink.add(f.partnersNeglected, '', '', care.neglected);
}

async function addFunnelFigures(deps: Pick<AppDeps, 'db'>, institutionId: string, sink: FigureSink) {
  const [partnerships, events] = await Promise.all([
    listPartnershipStageRows(deps.db, institutionId),
    listStageEventRows(deps.db, institutionId),
  ]);
  const furthest = new Map<string, number>();
  const reach = (id: string, stage: string) => {
    const index = stepIndex.get(stage);
    if (index !== undefined && index > (furthest.get(id) ?? -1)) furthest.set(id, index);
  };
  for (const p of partnerships) reach(p.id, p.stage);
  for (const e of events) reach(e.partnership_id, e.to_stage);
  for (const stage of stepStages) sink.add(f.funnelReached, stage, '', 0);
  for (const index of furthest.values()) {
    for (let i = 0; i <= index; i += 1) sink.add(f.funnelReached, stepStages[i]!, '', 1);
  }
  for (let i = 0; i + 1 < events.length; i += 1) {
    const stay = events[i]!;
    const next = events[i + 1]!;
    if (next.partnership_id !== stay.partnership_id || !stepIndex.has(stay.to_stage)) continue;
    sink.add(f.stageStayDays, stay.to_stage, '', (Date.parse(next.at) - Date.parse(stay.at)) / dayMs);
    sink.add(f.stageStays, stay.to_stage, '', 1);
  }
}

async function addAgreementFigures(
  deps: Pick<AppDeps, 'db'>,
  institutionId: string,
  today: string,
  sink: FigureSink,
) {
  for (const status of ['active', 'expiring', 'expired']) sink.add(f.agreementsByStatus, status, '', 0);
  for (const row of await countActiveAgreementsByEnd(deps.db, institutionId)) {
    sink.add(f.agreementsByStatus, displayAgreementStatus('active', row.ends_on, today), '', Number(row.n));
  }
}

async function addActivityFigures(
  deps: Pick<AppDeps, 'db'>,
  institutionId: string,
  today: string,
  sink: FigureSink,
) {
  for (const row of await groupActivityFacts(deps.db, institutionId)) {
    const facts = { status: row.status, endedOn: row.ended_on, plannedEnd: row.planned_end };
    const timeliness = activityTimeliness(facts, today);
    const reference = activityReferenceDate(facts);
    if (timeliness && reference)
      sink.add(f.activitiesByTimeliness, timeliness, reference.slice(0, 7), Number(row.n));
    if (row.status === 'done' && row.ended_on && row.outcome_kind && outcomeKinds.has(row.outcome_kind)) {
      sink.add(f.outcomeTotal, row.outcome_kind, row.ended_on.slice(0, 7), Number(row.quantity ?? 0));
    }
  }
}

async function addFeedbackFigures(
  deps: Pick<AppDeps, 'db'>,
  institutionId: string,
  zone: TimeZoneCode,
  sink: FigureSink,
) {
  for (const row of await groupAnsweredFeedback(deps.db, institutionId)) {
    const month = localDateOf(new Date(`${row.hour}:00:00.000Z`), zone).slice(0, 7);
    const n = Number(row.n);
    sink.add(f.feedbackAnswered, '', month, n);
    if (row.satisfaction !== null) sink.add(f.feedbackBySatisfaction, String(row.satisfaction), month, n);
    if (row.recommend !== null) sink.add(f.feedbackByRecommend, String(row.recommend), month, n);
  }
}

/**
 * Every figure of one institution from the base tables (docs/domain/dashboard.md), as rows for
 * rollup_figures: a fixed number of grouped queries however much the institution holds.
 */
export async function computeInstitutionFigures(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  institutionId: string,
  zone: TimeZoneCode,
): Promise<{ today: string; rows: RollupFigureRow[] }> {
  const today = localDateOf(deps.clock.now(), zone);
  const sink = new FigureSink();
  await Promise.all([
    addPartnerFigures(deps, institutionId, sink),
    addFunnelFigures(deps, institutionId, sink),
    addAgreementFigures(deps, institutionId, today, sink),
    addActivityFigures(deps, institutionId, today, sink),
    addFeedbackFigures(deps, institutionId, zone, sink),
  ]);
  return { today, rows: sink.rows(institutionId) };
}
