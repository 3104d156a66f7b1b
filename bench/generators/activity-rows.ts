import {
  createActivityRequestSchema,
  type CreateActivityRequest,
} from '../../src/shared/contracts/activities';
import { activityRowValues } from '../../src/server/modules/implementation/activity-row-values';
import {
  dataEndMs,
  dayMs,
  fill,
  isoDate,
  isoTime,
  officeHours,
  type EngagementInstitution,
  type EngagementRows,
} from './engagement-rows';
import { sessionOutputs, unplannedTitles } from './engagement-words';
import type { Prng } from './prng';
import type { GeneratedPlan, PlannedItem } from './work-plan-rows';

interface ActivityContext {
  institution: EngagementInstitution;
  partnershipId: string;
  skill: string;
  author: string | null;
}

/** Rounded to a thousand rupiah, as people write spending down. */
const rupiah = (value: number) => Math.max(0, Math.round(value / 1000) * 1000);

/**
 * One activity as `createActivity` writes it (`activityRowValues`): the body passes the app's
 * contract. Returns when it was recorded.
 */
function appendActivity(
  out: EngagementRows,
  prng: Prng,
  context: ActivityContext,
  item: PlannedItem | null,
  request: CreateActivityRequest,
  recordedMs: number,
): number {
  const input = createActivityRequestSchema.parse(request);
  const createdMs = Math.min(dataEndMs, recordedMs);
  out.activities.push(
    activityRowValues(input, item?.row ?? null, {
      id: prng.uuidV7(createdMs),
      institutionId: context.institution.id,
      partnershipId: context.partnershipId,
      userId: context.author,
      at: isoTime(createdMs),
    }),
  );
  return createdMs;
}

/**
 * The sessions that carry out each item of an approved plan, spread over the item's period: done
 * (some late, past the item's end), a few cancelled, the current one in progress, the next weeks'
 * recorded as planned; the item's last done session carries its actual figure. Some plans also get
 * an unplanned activity. Returns the latest record time (0 when nothing was recorded).
 */
export function appendPlanActivities(
  out: EngagementRows,
  prng: Prng,
  context: ActivityContext,
  plan: GeneratedPlan,
): number {
  let latest = 0;
  const approvedMs = plan.approvedMs ?? dataEndMs;
  for (const item of plan.items) {
    const sessions = prng.int(...item.template.sessions);
    const lateMs = prng.chance(0.12) ? prng.int(5, 30) * dayMs : 0;
    const span = item.endsMs - item.startsMs;
    const doneQuantity = Math.round(Number(item.row.target_quantity) * (0.5 + 0.6 * prng.next()));
    let lastDone = -1;
    const rows: { request: CreateActivityRequest; recordedMs: number }[] = [];
    for (let k = 0; k < sessions; k += 1) {
      const startMs = item.startsMs + Math.floor((span * k) / sessions) + (k === sessions - 1 ? lateMs : 0);
      // Sessions further ahead than a month are not written down yet.
      if (startMs > dataEndMs + 30 * dayMs) break;
      const title = fill(item.template.session, { skill: context.skill, n: k + 1 });
      const perSession = 1 / sessions;
      if (startMs > dataEndMs) {
        rows.push({
          request: { workPlanItemId: item.id, title, status: 'planned', startedOn: isoDate(startMs) },
          recordedMs: Math.max(approvedMs, dataEndMs - prng.int(1, 20) * dayMs),
        });
        continue;
      }
      const endMs = Math.min(startMs + prng.int(0, 1) * dayMs, dataEndMs);
      if (prng.chance(0.03)) {
        rows.push({
          request: { workPlanItemId: item.id, title, status: 'cancelled', notes: 'Ditunda karena banjir' },
          recordedMs: officeHours(startMs, prng.next()),
        });
        continue;
      }
      if (k === sessions - 1 && item.endsMs > dataEndMs && prng.chance(0.4)) {
        rows.push({
          request: { workPlanItemId: item.id, title, status: 'in_progress', startedOn: isoDate(startMs) },
          recordedMs: officeHours(startMs, prng.next()),
        });
        continue;
      }
      lastDone = rows.length;
      rows.push({
        request: {
          workPlanItemId: item.id,
          title,
          status: 'done',
          startedOn: isoDate(startMs),
          endedOn: isoDate(endMs),
          outputs: prng.chance(0.6) ? prng.pick(sessionOutputs) : null,
          notes: prng.chance(0.1) ? 'Dua peserta izin sakit' : null,
          institutionSpentRupiah: rupiah(
            Number(item.row.institution_contribution_rupiah) * perSession * (0.6 + 0.6 * prng.next()),
          ),
          partnerSpentRupiah: rupiah(
            Number(item.row.partner_contribution_rupiah) * perSession * (0.6 + 0.6 * prng.next()),
          ),
        },
        recordedMs: officeHours(endMs + prng.int(0, 3) * dayMs, prng.next()),
      });
    }
    if (lastDone >= 0) rows[lastDone]!.request.actualQuantity = doneQuantity;
    for (const { request, recordedMs } of rows)
      latest = Math.max(latest, appendActivity(out, prng, context, item, request, recordedMs));
  }
  const yearStartMs = Math.max(approvedMs, Date.UTC(plan.cycleYear, 0, 15));
  const yearEndMs = Math.min(dataEndMs, Date.UTC(plan.cycleYear, 11, 15));
  if (yearEndMs > yearStartMs && prng.chance(0.5)) {
    const dayOfIt = yearStartMs + Math.floor(prng.next() * (yearEndMs - yearStartMs));
    latest = Math.max(
      latest,
      appendActivity(
        out,
        prng,
        context,
        null,
        {
          title: prng.pick(unplannedTitles),
          status: 'done',
          startedOn: isoDate(dayOfIt),
          endedOn: isoDate(dayOfIt),
          institutionSpentRupiah: rupiah(prng.int(200, 2_500) * 1000),
        },
        officeHours(dayOfIt + dayMs, prng.next()),
      ),
    );
  }
  return latest;
}
