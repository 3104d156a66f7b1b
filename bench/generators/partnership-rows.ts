import { createPartnershipRequestSchema } from '../../src/shared/contracts/partnerships';
import {
  builtInPatterns,
  noFacts,
  type PartnershipFacts,
  type PartnershipStage,
} from '../../src/shared/domain/partnership-stages';
import { appendPlanActivities } from './activity-rows';
import {
  dataEndMs,
  dayMs,
  isoTime,
  officeHours,
  type EngagementInstitution,
  type EngagementRows,
  type PartnerRef,
} from './engagement-rows';
import { endedReasons, enteredReasons, notPursuedReasons, programmes } from './engagement-words';
import { appendInteraction } from './interaction-rows';
import type { Prng } from './prng';
import { appendWorkPlan } from './work-plan-rows';

/** The last day a running partnership may have started and still show a season of activities. */
export const lastRunningStartMs = Date.parse('2026-07-31T00:00:00.000Z');

/** What the partner's later contacts may be logged against. */
export interface PartnershipRef {
  id: string;
  createdMs: number;
}

interface Move {
  to: PartnershipStage;
  gate: string | null;
  facts: Partial<PartnershipFacts>;
  reason?: string;
  atMs: number;
}

interface Started {
  id: string;
  row: EngagementRows['partnerships'][number];
  skill: string;
  author: string | null;
  partners: PartnerRef[];
  createdMs: number;
  stageEvents: Move[];
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The partnership row, its partners and its creation event as `createPartnership` writes them
 * (body through the app's contract; `enteredAt` for one that ran before Jalin, its gates unchecked).
 */
function startPartnership(
  out: EngagementRows,
  prng: Prng,
  institution: EngagementInstitution,
  partner: PartnerRef,
  createdMs: number,
  enteredAt: { stage: 'work_planning' | 'signing' | 'implementation'; reason: string } | null,
  cycleYears: number[],
): Started {
  const skill = prng.pick(institution.skills);
  const partners = [partner];
  const other = institution.recent.at(-2);
  if (other && other.createdMs < createdMs && prng.chance(0.1)) partners.push(other);
  const programme = prng.pick(programmes);
  const year = new Date(createdMs).getUTCFullYear();
  const input = createPartnershipRequestSchema.parse({
    name: `${programme} ${capitalised(skill)} ${year} – ${partner.name}`.slice(0, 200),
    programme: `${programme} ${capitalised(skill)}`,
    pattern: prng.weighted([
      [builtInPatterns[1], 45],
      [builtInPatterns[0], 20],
      [builtInPatterns[2], 20],
      [builtInPatterns[3], 10],
      [null, 5],
    ] as const),
    facilitatorUserId: partner.facilitatorId,
    cycleYears,
    partnerIds: partners.map((p) => p.id),
    ...(enteredAt ? { enteredAt } : {}),
  });
  const id = prng.uuidV7(createdMs);
  const row: Started['row'] = {
    id,
    institution_id: institution.id,
    name: input.name,
    programme: input.programme ?? null,
    pattern: input.pattern ?? null,
    facilitator_user_id: input.facilitatorUserId ?? null,
    cycle_years_json: JSON.stringify([...(input.cycleYears ?? [])].sort((a, b) => a - b)),
    stage: input.enteredAt?.stage ?? 'mapping',
    stage_changed_at: isoTime(createdMs),
    version: 1,
    created_at: isoTime(createdMs),
    updated_at: isoTime(createdMs),
  };
  out.partnerships.push(row);
  for (const p of input.partnerIds)
    out.partnership_partners.push({ institution_id: institution.id, partnership_id: id, partner_id: p });
  const author = partner.facilitatorId ?? institution.facilitatorIds[0] ?? null;
  return {
    id,
    row,
    skill,
    author,
    partners,
    createdMs,
    stageEvents: [
      {
        to: input.enteredAt?.stage ?? 'mapping',
        gate: null,
        facts: {},
        ...(input.enteredAt ? { reason: input.enteredAt.reason } : {}),
        atMs: createdMs,
      },
    ],
  };
}

/**
 * Writes the history as `createPartnership` and `movePartnershipStage` do: each move keeps the facts
 * it was decided on, the row ends at the last stage with its version bumped per move.
 */
function finishPartnership(
  out: EngagementRows,
  started: Started,
  institutionId: string,
  prng: Prng,
): PartnershipRef {
  let from: PartnershipStage | null = null;
  const entered = started.stageEvents[0]!.to !== 'mapping';
  started.stageEvents.forEach((move, index) => {
    out.partnership_stage_events.push({
      id: prng.uuidV7(move.atMs),
      institution_id: institutionId,
      partnership_id: started.id,
      from_stage: from,
      to_stage: move.to,
      gate: move.gate,
      facts_json: JSON.stringify({ ...noFacts, ...move.facts }),
      reason: move.reason ?? null,
      by_user_id: started.author,
      at: isoTime(move.atMs),
      entered: index === 0 && entered ? 1 : 0,
    });
    from = move.to;
  });
  const last = started.stageEvents.at(-1)!;
  const row = started.row;
  row.stage = last.to;
  row.stage_changed_at = isoTime(last.atMs);
  row.updated_at = isoTime(last.atMs);
  row.version = started.stageEvents.length;
  return { id: started.id, createdMs: started.createdMs };
}

/**
 * A partnership that ran before the institution used Jalin, entered at implementation: a joint plan
 * per cycle year from its start to now, activities against the plan's items, and for some the move
 * to monitoring (gate: activities recorded) and the end (with a reason).
 */
export function appendRunningPartnership(
  out: EngagementRows,
  prng: Prng,
  institution: EngagementInstitution,
  partner: PartnerRef,
  startMs: number,
): PartnershipRef {
  const firstYear = new Date(startMs).getUTCFullYear();
  const lastYear = new Date(dataEndMs).getUTCFullYear();
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i).filter(
    (year) => year > firstYear || startMs < Date.UTC(year, 9, 1),
  );
  const started = startPartnership(
    out,
    prng,
    institution,
    partner,
    startMs,
    { stage: 'implementation', reason: prng.pick(enteredReasons) },
    years,
  );
  let latest = startMs;
  let activities = 0;
  for (const year of years) {
    const fromMs = Math.max(startMs + prng.int(7, 20) * dayMs, Date.UTC(year, 0, prng.int(10, 45)));
    const plan = appendWorkPlan(
      out,
      prng,
      institution,
      { ...started, partnershipId: started.id, partner },
      year,
      fromMs,
      true,
    );
    const before = out.activities.length;
    latest = Math.max(
      latest,
      appendPlanActivities(
        out,
        prng,
        { institution, partnershipId: started.id, skill: started.skill, author: started.author },
        plan,
      ),
    );
    activities += out.activities.length - before;
  }
  if (activities > 0 && institution.partnershipIds.length < 5) institution.partnershipIds.push(started.id);
  let atMs = latest + prng.int(1, 20) * dayMs;
  if (activities > 0 && atMs < dataEndMs && prng.chance(0.3)) {
    started.stageEvents.push({
      to: 'monitoring_evaluation',
      gate: 'activity_recorded',
      facts: { workPlanExists: true, activitiesRecorded: activities },
      atMs: officeHours(atMs, prng.next()),
    });
    atMs += prng.int(10, 60) * dayMs;
  }
  if (atMs < dataEndMs && prng.chance(0.12)) {
    started.stageEvents.push({
      to: 'ended',
      gate: 'reason_given',
      facts: { workPlanExists: true, activitiesRecorded: activities, reasonGiven: true },
      reason: prng.pick(endedReasons),
      atMs: officeHours(atMs, prng.next()),
    });
  }
  return finishPartnership(out, started, institution.id, prng);
}

const pipelineStages: [PartnershipStage, number][] = [
  ['mapping', 22],
  ['information_gathering', 25],
  ['analysis', 15],
  ['exploration', 13],
  ['work_planning', 10],
  ['agreement', 5],
  ['signing', 3],
  ['not_pursued', 7],
];

/**
 * A partnership still on its way: from mapping through information gathering (a contact with
 * findings before analysis, as the gate wants) to exploration; or, for those past exploration
 * (whose meetings and drafts this data set does not hold), entered at work planning or signing with
 * a plan; some given up with a reason.
 */
export function appendPipelinePartnership(
  out: EngagementRows,
  prng: Prng,
  institution: EngagementInstitution,
  partner: PartnerRef,
  createdMs: number,
): PartnershipRef {
  const target = prng.weighted(pipelineStages);
  if (target === 'work_planning' || target === 'agreement' || target === 'signing') {
    const stage = target === 'signing' ? 'signing' : 'work_planning';
    const year = new Date(createdMs + 45 * dayMs).getUTCFullYear();
    const fromMs = Math.max(createdMs + 20 * dayMs, Date.UTC(year, 0, 10));
    // A plan starting after the data set's end is still on paper.
    const planned = fromMs < dataEndMs;
    const started = startPartnership(
      out,
      prng,
      institution,
      partner,
      createdMs,
      { stage, reason: prng.pick(enteredReasons) },
      planned ? [year] : [],
    );
    if (planned)
      appendWorkPlan(
        out,
        prng,
        institution,
        { ...started, partnershipId: started.id, partner },
        year,
        fromMs,
        stage === 'signing',
      );
    const movedMs = fromMs + prng.int(1, 10) * dayMs;
    if (planned && target === 'agreement' && movedMs < dataEndMs)
      started.stageEvents.push({
        to: 'agreement',
        gate: 'work_plan_exists',
        facts: { workPlanExists: true },
        atMs: movedMs,
      });
    return finishPartnership(out, started, institution.id, prng);
  }
  const started = startPartnership(out, prng, institution, partner, createdMs, null, []);
  const stopAt =
    target === 'not_pursued'
      ? prng.pick(['mapping', 'information_gathering', 'analysis', 'exploration'] as const)
      : target;
  const chain: PartnershipStage[] = ['information_gathering', 'analysis', 'exploration'];
  let atMs = createdMs;
  let findings = 0;
  for (const stage of chain) {
    if (started.stageEvents.at(-1)!.to === stopAt) break;
    atMs += prng.int(3, 20) * dayMs;
    if (stage === 'analysis') {
      const visitMs = officeHours(atMs, prng.next());
      if (visitMs >= dataEndMs) break;
      appendInteraction(out, prng, institution, [partner], {
        occurredMs: visitMs,
        kind: 'visit',
        partnershipId: started.id,
        withFindings: true,
      });
      findings += 1;
      atMs += prng.int(1, 7) * dayMs;
    }
    const moveMs = officeHours(atMs, prng.next());
    if (moveMs >= dataEndMs) break;
    started.stageEvents.push({
      to: stage,
      gate: stage === 'information_gathering' ? null : 'interaction_with_findings',
      facts: { interactionsWithFindings: findings },
      atMs: moveMs,
    });
  }
  atMs += prng.int(7, 60) * dayMs;
  if (target === 'not_pursued' && atMs < dataEndMs)
    started.stageEvents.push({
      to: 'not_pursued',
      gate: 'reason_given',
      facts: { interactionsWithFindings: findings, reasonGiven: true },
      reason: prng.pick(notPursuedReasons),
      atMs: officeHours(atMs, prng.next()),
    });
  return finishPartnership(out, started, institution.id, prng);
}
